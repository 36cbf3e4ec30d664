using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Domain.Tests.Meetings;

/// <summary>
/// A committee body of any size for the meeting tests: a chair seat and <c>members</c> other seats, each with a
/// titular and a deputy from 1 January 2024, plus a person of each organisation who is no representative (a
/// possible substitute), and a Technical Table seat. The closing meeting is on 31 October 2024, 10:00–12:00.
/// </summary>
public sealed class MeetingTestBody
{
    public static readonly LocalDate Jan1 = new(2024, 1, 1);
    public static readonly LocalDate Day = new(2024, 10, 31);

    public MeetingTestBody(int members = 2)
    {
        Committee = Committee.Establish(CountyCode.From("AL-02"), "KRAT Durrës");
        for (var i = 0; i <= members; i++)
        {
            var organisation = OrganisationId.New();
            var seat = Committee.GrantSeat(organisation, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
            if (i == 0)
            {
                Committee.AssignPost(seat.Id, Post.Chair, Term.From(Jan1));
                Committee.Constitute(Jan1);
            }

            var titular = Person.Register("Titullar", $"Numri {i}");
            titular.Represent(organisation, Term.From(Jan1));
            var deputy = Person.Register("Zëvendës titullari", $"Numri {i}");
            deputy.Represent(organisation, Term.From(Jan1));
            Committee.AppointRepresentative(seat.Id, titular, RepresentationCapacity.Titular, Term.From(Jan1));
            Committee.AppointRepresentative(seat.Id, deputy, RepresentationCapacity.Deputy, Term.From(Jan1));
            var substitute = Person.Register("Zëvendës", $"Numri {i}");
            substitute.Represent(organisation, Term.From(Jan1));
            Seats.Add(seat);
            Titulars.Add(titular.Id);
            Deputies.Add(deputy.Id);
            Substitutes.Add(substitute);
        }

        TechnicalSeat = Committee.GrantSeat(Seats[1].OrganisationId, CommitteeBody.TechnicalTable, SeatRole.Standing, true, Term.From(Jan1));
    }

    public Committee Committee { get; }

    public List<Seat> Seats { get; } = [];

    public List<PersonId> Titulars { get; } = [];

    public List<PersonId> Deputies { get; } = [];

    public List<Person> Substitutes { get; } = [];

    public Seat TechnicalSeat { get; }

    public PersonForOrganisation Chair => PersonForOrganisation.Of(Titulars[0], Seats[0].OrganisationId);

    public Meeting Planned(LocalDate? day = null) =>
        Meeting.Plan(new MeetingPlan { CommitteeId = Committee.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.CampaignClosing, Start = (day ?? Day).At(new LocalTime(10, 0)), End = (day ?? Day).At(new LocalTime(12, 0)), Place = "Prefektura e Qarkut Durrës", Title = "Takim mbyllës" });

    public Meeting Held(LocalDate? day = null)
    {
        var meeting = Planned(day);
        meeting.MarkHeld(meeting.EndsAt);
        return meeting;
    }

    public Meeting Approved(LocalDate? day = null)
    {
        var meeting = Held(day);
        meeting.AddAgendaItem("Hapja");
        meeting.RecordAttendance(Committee, [SeatAttendance.Present(Seats[0].Id, PresenceCapacity.Titular, Titulars[0])]);
        meeting.RecordGuest(null, "Nxënës", 12);
        meeting.RecordDecision(DecisionKind.Recommendation, "Përkrahet projekti");
        meeting.RecordCommitment("Partneritet", Seats[0].OrganisationId);
        meeting.ApproveMinutes(meeting.Date, Titulars[0]);
        return meeting;
    }

    /// <summary>Everyone present as titular.</summary>
    public IReadOnlyList<SeatAttendance> AllTitulars() =>
        [.. Seats.Select((s, i) => SeatAttendance.Present(s.Id, PresenceCapacity.Titular, Titulars[i]))];
}
