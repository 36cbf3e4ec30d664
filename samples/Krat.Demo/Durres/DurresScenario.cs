using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;

namespace Krat.Demo.Durres;

/// <summary>
/// The reference scenario: the closing meeting of the October 2023 awareness month of KRAT Durrës
/// (31.10.2023), built only through Krat's public API. See <c>shared/seed/krat-durres-2023-10-31.*</c>.
/// The organisations are built here; the governance half (people, committee, seats, meetings) in
/// <c>DurresScenario.Governance.cs</c>; the work half (plan, campaign, activities, partnership, service
/// provider, initiative, statistics) in <c>DurresScenario.Work.cs</c>.
/// </summary>
public sealed partial class DurresScenario
{
    private static readonly CountyCode Durres = CountyCode.From("AL-02");
    private readonly Dictionary<OrganisationId, Organisation> _organisations = [];

    private DurresScenario()
    {
        BuildOrganisations();
        BuildGovernance();
        BuildWork();
    }

    /// <summary>Every organisation of the scenario, in registration order.</summary>
    public IReadOnlyCollection<Organisation> Organisations => _organisations.Values;

    /// <summary>The organisation with one of the scenario's fixed identities.</summary>
    public Organisation Organisation(OrganisationId id) => _organisations[id];

    /// <summary>
    /// Every aggregate of the scenario in an order in which they can be saved one after another (records
    /// referred to come before the records that refer to them): organisations, people, the committee,
    /// meetings, the action plan, the campaign, activities, the partnership, the service provider, the
    /// initiative and the statistics.
    /// </summary>
    public IEnumerable<IAggregateRoot> AggregatesInSaveOrder()
    {
        foreach (var organisation in Organisations)
        {
            yield return organisation;
        }

        foreach (var person in People)
        {
            yield return person;
        }

        yield return KratDurres;
        foreach (var meeting in Meetings)
        {
            yield return meeting;
        }

        yield return ActionPlan2023;
        yield return October2023;
        foreach (var activity in Activities)
        {
            yield return activity;
        }

        yield return ResilienceCentrePartnership;
        yield return ResilienceCentreProvider;
        yield return PupilsProject;
        yield return VictimStatistics2023;
    }

    /// <summary>Builds the whole scenario afresh (every call returns new aggregates).</summary>
    public static DurresScenario Build() => new();

    partial void BuildGovernance();

    partial void BuildWork();

    private void BuildOrganisations()
    {
        Add(DemoIds.Prefecture, "Prefektura e Qarkut Durrës", OrganisationKind.Prefecture, OrganisationLevel.Regional, Durres, "Prefecture of Durrës County");
        Add(DemoIds.MunicipalityDurres, "Bashkia Durrës", OrganisationKind.LocalGovernment, OrganisationLevel.Local, Durres, "Municipality of Durrës");
        Add(DemoIds.MunicipalityKruje, "Bashkia Krujë", OrganisationKind.LocalGovernment, OrganisationLevel.Local, Durres, "Municipality of Krujë");
        Add(DemoIds.MunicipalityShijak, "Bashkia Shijak", OrganisationKind.LocalGovernment, OrganisationLevel.Local, Durres, "Municipality of Shijak");
        Add(DemoIds.RegionalPolice, "Drejtoria Vendore e Policisë Durrës", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, Durres, "Durrës Local Police Directorate", "DVP");
        Add(DemoIds.BorderPolice, "Drejtoria Rajonale e Policisë Kufitare dhe Migracionit Durrës", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, Durres, "Regional Border and Migration Police Directorate");
        Add(DemoIds.StateSocialServices, "Drejtoria Rajonale e Shërbimit Social Shtetëror Durrës", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, Durres, "Regional Directorate of State Social Services", "DRSHSSH");
        Add(DemoIds.EmploymentOffice, "Zyra Vendore e Punësimit Durrës", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, Durres, "Local Employment Office");
        Add(DemoIds.EducationOffice, "Zyra Vendore Arsimore Durrës", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, Durres, "Local Education Office", "ZVA");
        Add(DemoIds.LocalHealthUnit, "Njësia Vendore e Kujdesit Shëndetësor Durrës", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, Durres, "Local Health Care Unit");
        Add(DemoIds.LabourInspectorate, "Inspektorati Shtetëror i Punës dhe Shërbimeve Shoqërore, Dega Durrës", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, Durres, "State Labour Inspectorate, Durrës branch", "ISHPSHSH");
        Add(DemoIds.ProsecutionOffice, "Prokuroria pranë Gjykatës së Shkallës së Parë Durrës", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, Durres, "Prosecution Office at the Durrës First Instance Court");
        Add(DemoIds.WorldVision, "World Vision Shqipëri", OrganisationKind.InternationalNgo, OrganisationLevel.Central, null, "World Vision Albania", "WV");
        Add(DemoIds.TerreDesHommes, "Terre des hommes Shqipëri", OrganisationKind.InternationalNgo, OrganisationLevel.Central, null, "Terre des hommes Albania", "Tdh");
        Add(DemoIds.DifferentAndEqual, "Të Ndryshëm dhe të Barabartë", OrganisationKind.Ngo, OrganisationLevel.Central, null, "Different & Equal", "D&E");
        Add(DemoIds.SotPerTeArdhmen, "Rrjeti i Qendrave të Zhvillimit Komunitar \"Sot për të Ardhmen\"", OrganisationKind.Ngo, OrganisationLevel.Regional, Durres, "Network of Community Development Centres \"Today for the Future\"");
        Add(DemoIds.GjergjKastriotiHighSchool, "Shkolla e Mesme \"Gjergj Kastrioti\"", OrganisationKind.School, OrganisationLevel.Local, Durres, "\"Gjergj Kastrioti\" High School");
        Add(DemoIds.MinistryOfHealth, "Ministria e Shëndetësisë dhe Mbrojtjes Sociale", OrganisationKind.CentralStateInstitution, OrganisationLevel.Central, null, "Ministry of Health and Social Protection", "MSHMS");
        Add(DemoIds.Usaid, "Agjencia e Shteteve të Bashkuara për Zhvillim Ndërkombëtar", OrganisationKind.DonorAgency, OrganisationLevel.Central, null, "United States Agency for International Development", "USAID");
        Add(DemoIds.Undp, "Programi i Kombeve të Bashkuara për Zhvillim", OrganisationKind.Multilateral, OrganisationLevel.Central, null, "United Nations Development Programme", "UNDP")
            .AddIdentifier(ExternalIdentifier.From("XM-DAC", "41114"));
        Add(DemoIds.ResilienceCentre, "Qendra e Resiliencës Durrës", OrganisationKind.PublicServiceCentre, OrganisationLevel.Local, Durres, "Durrës Resilience Centre");
        Add(DemoIds.Unicef, "UNICEF Shqipëri", OrganisationKind.Multilateral, OrganisationLevel.Central, null, "UNICEF Albania", "UNICEF")
            .AddIdentifier(ExternalIdentifier.From("XM-DAC", "41122"));
    }

    private Organisation Add(OrganisationId id, string name, OrganisationKind kind, OrganisationLevel level, CountyCode? county, string? english = null, string? acronym = null)
    {
        var organisation = Domain.Organisations.Organisation.Register(name, kind, level, county, english, acronym, id);
        _organisations.Add(id, organisation);
        return organisation;
    }
}
