using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Initiatives;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.People;
using Krat.Domain.Plans;
using Krat.Domain.Statistics;

namespace Krat.Demo.Durres;

/// <summary>
/// Fixed identities of the Durrës reference scenario, so that snapshots, links in the demo site and the
/// two halves of the scenario (governance and work) refer to the same records on every run.
/// </summary>
public static class DemoIds
{
    // Organisations (0001-…)
    public static readonly OrganisationId Prefecture = Org(1);
    public static readonly OrganisationId MunicipalityDurres = Org(2);
    public static readonly OrganisationId MunicipalityKruje = Org(3);
    public static readonly OrganisationId MunicipalityShijak = Org(4);
    public static readonly OrganisationId RegionalPolice = Org(5);
    public static readonly OrganisationId BorderPolice = Org(6);
    public static readonly OrganisationId StateSocialServices = Org(7);
    public static readonly OrganisationId EmploymentOffice = Org(8);
    public static readonly OrganisationId EducationOffice = Org(9);
    public static readonly OrganisationId LocalHealthUnit = Org(10);
    public static readonly OrganisationId LabourInspectorate = Org(11);
    public static readonly OrganisationId ProsecutionOffice = Org(12);
    public static readonly OrganisationId WorldVision = Org(13);
    public static readonly OrganisationId TerreDesHommes = Org(14);
    public static readonly OrganisationId DifferentAndEqual = Org(15);
    public static readonly OrganisationId SotPerTeArdhmen = Org(16);
    public static readonly OrganisationId GjergjKastriotiHighSchool = Org(17);
    public static readonly OrganisationId MinistryOfHealth = Org(18);
    public static readonly OrganisationId Usaid = Org(19);
    public static readonly OrganisationId Undp = Org(20);
    public static readonly OrganisationId ResilienceCentre = Org(21);
    public static readonly OrganisationId Unicef = Org(22);

    // People (0100-…)
    public static readonly PersonId EmiljanJani = new(G(0x100));
    public static readonly PersonId FabiolaEgro = new(G(0x101));

    // 0x102 was the Secretary General, a position the press release does not name: no person stands for it.

    // Committee, seats, meetings (0200-…)
    public static readonly CommitteeId KratDurres = new(G(0x200));
    public static readonly MeetingId ClosingMeeting = new(G(0x210));
    public static readonly DecisionId EndorsePupilsProject = new(G(0x220));
    public static readonly DecisionId ApproveActionPlan = new(G(0x221));
    public static readonly MeetingId AnnualAnalysisMeeting = new(G(0x211));
    public static readonly CommitmentId KeepWorkingInPartnership = new(G(0x230));
    public static readonly DecisionId ResilienceCentreJoinsTechnicalTable = new(G(0x222));
    public static readonly CommitmentId SchoolSessionsInOctober = new(G(0x231));

    /// <summary>The identity of an organisation's seat on the committee body (0x1000 + the organisation's number).</summary>
    public static SeatId CommitteeSeat(OrganisationId organisation) => new(G(0x1000 + Number(organisation)));

    /// <summary>The identity of an organisation's seat on the Technical Table (0x1100 + the organisation's number).</summary>
    public static SeatId TechnicalTableSeat(OrganisationId organisation) => new(G(0x1100 + Number(organisation)));

    // Work (0300-…)
    public static readonly ActionPlanId ActionPlan2023 = new(G(0x300));
    public static readonly CampaignId October2023 = new(G(0x310));
    public static readonly PartnershipId ResilienceCentrePartnership = new(G(0x320));
    public static readonly ServiceProviderId ResilienceCentreProvider = new(G(0x321));
    public static readonly InitiativeId PupilsProject = new(G(0x330));
    public static readonly VictimStatisticsId VictimStatistics2023 = new(G(0x340));

    /// <summary>The identity of the n-th activity of the October 2023 campaign.</summary>
    public static ActivityId Activity(int n) => new(G(0x400 + n));

    /// <summary>The identity of the n-th measure of the 2023 action plan.</summary>
    public static MeasureId Measure(int n) => new(G(0x500 + n));

    private static OrganisationId Org(int n) => new(G(n));

    private static int Number(OrganisationId organisation) =>
        int.Parse(organisation.Value.ToString("D")[24..], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

    private static Guid G(int n) => Guid.Parse($"00000000-0000-7000-8000-{n:x12}");
}
