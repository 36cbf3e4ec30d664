using System.Globalization;
using Krat.Demo.Durres;
using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using NodaTime;
using NodaTime.Text;
using Snapshooter.Xunit;

namespace Krat.Domain.Tests.Scenario;

public sealed class DurresScenarioTests
{
    private static readonly LocalDate ClosingDay = new(2023, 10, 31);
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
    private static readonly ZonedDateTimePattern Zoned = ZonedDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm o<g> z", DateTimeZoneProviders.Tzdb);
    private readonly DurresScenario _scenario = DurresScenario.Build();

    private string OrganisationName(OrganisationId id) => _scenario.Organisation(id).Name;

    private string? PersonName(PersonId? id) => id is { } value ? _scenario.Person(value).ToString() : null;

    private static string? Date(LocalDate? date) => date is { } d ? Iso.Format(d) : null;

    [Fact]
    public void ClosingMeeting_Record_MatchesTheSnapshot()
    {
        var meeting = new MeetingRecordSpec(DemoIds.ClosingMeeting).Evaluate(_scenario.Meetings).Single();

        var projection = new
        {
            Kind = meeting.Kind.ToString(),
            State = meeting.State.ToString(),
            Body = meeting.Body.ToString(),
            Start = Zoned.Format(meeting.Start),
            End = Zoned.Format(meeting.End),
            meeting.Place,
            meeting.Title,
            Chair = $"{PersonName(meeting.Chair!.PersonId)} / {OrganisationName(meeting.Chair.OrganisationId)}",
            Agenda = meeting.AgendaInOrder().Select(i => new
            {
                Number = i.Key,
                i.Value.Title,
                i.Value.Notes,
                Presenter = i.Value.Presenter is { } p ? $"{PersonName(p.PersonId)} / {OrganisationName(p.OrganisationId)}" : null,
            }),
            Attendance = meeting.Attendance
                .Select(a => new { Organisation = OrganisationName(a.OrganisationId), Status = a.Status.ToString(), Capacity = a.Capacity?.ToString(), Person = PersonName(a.PersonId) })
                .OrderBy(a => AlbanianText.Fold(a.Organisation), StringComparer.Ordinal),
            Guests = meeting.Guests.Select(g => new { Organisation = g.OrganisationId is { } o ? OrganisationName(o) : null, g.Description, g.Count }),
            Decisions = meeting.Decisions.Select(d => new { d.Number, Id = d.Id.ToString(), Kind = d.Kind.ToString(), d.Text }),
            Commitments = meeting.Commitments.Select(c => new { c.Number, Id = c.Id.ToString(), c.What, Owner = OrganisationName(c.OwnerId), Due = Date(c.Due), Status = c.Status.ToString() }),
            Minutes = meeting.Minutes.ToString(),
            MinutesApprovedOn = Date(meeting.MinutesApprovedOn),
            MinutesApprovedBy = PersonName(meeting.MinutesApprovedBy),
        };

        Snapshot.Match(projection);
    }

    [Fact]
    public void Committee_On31October2023_MatchesTheSnapshot()
    {
        var projection = new[] { CommitteeBody.Committee, CommitteeBody.TechnicalTable }.Select(body =>
        {
            var roster = new SeatsOnDateSpec(DemoIds.KratDurres, body, ClosingDay).Evaluate([_scenario.KratDurres]).Single();
            return new
            {
                Body = body.ToString(),
                Date = Iso.Format(roster.Date),
                Seats = roster.Seats.Select(s => new
                {
                    Organisation = OrganisationName(s.OrganisationId),
                    Role = s.Role.ToString(),
                    s.Votes,
                    Since = Iso.Format(s.Term.Start),
                    Posts = string.Join(", ", s.Posts),
                    Representatives = s.Representatives.Select(r => $"{PersonName(r.PersonId)} ({r.Capacity})"),
                }),
            };
        });

        Snapshot.Match(new
        {
            _scenario.KratDurres.Name,
            County = _scenario.KratDurres.County.Value,
            _scenario.KratDurres.LegalBasis,
            ConstitutedOn = Date(_scenario.KratDurres.ConstitutedOn),
            Bodies = projection,
        });
    }

    [Fact]
    public void ResilienceCentre_JoinsTheTechnicalTableOn31October2023()
    {
        var committee = _scenario.KratDurres;

        Assert.Null(committee.SeatOf(DemoIds.ResilienceCentre, CommitteeBody.TechnicalTable, ClosingDay.PlusDays(-1)));
        Assert.NotNull(committee.SeatOf(DemoIds.ResilienceCentre, CommitteeBody.TechnicalTable, ClosingDay));
        Assert.Null(committee.SeatOf(DemoIds.ResilienceCentre, CommitteeBody.Committee, ClosingDay));
    }

    [Fact]
    public void Chairs_AreThePrefectOnTheCommittee_AndThePrefectureWithoutANamedPersonOnTheTechnicalTable()
    {
        var committee = _scenario.KratDurres;
        var chair = committee.HolderOf(CommitteeBody.Committee, Post.Chair, ClosingDay)!;
        var technicalChair = committee.HolderOf(CommitteeBody.TechnicalTable, Post.Chair, ClosingDay)!;

        Assert.Equal(DemoIds.Prefecture, chair.OrganisationId);
        Assert.Equal([DemoIds.EmiljanJani], chair.RepresentativesOn(ClosingDay).Select(r => r.PersonId));
        Assert.Equal(DemoIds.Prefecture, technicalChair.OrganisationId);
        // The Secretary General is a position the press release does not name: no person is recorded for it.
        Assert.Empty(technicalChair.RepresentativesOn(ClosingDay));
        Assert.DoesNotContain(_scenario.People, p => p.FullName.Contains("Sekretar", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ClosingMeeting_RecordsEveryCommitteeSeatPresent()
    {
        var seats = _scenario.KratDurres.SeatsOn(CommitteeBody.Committee, ClosingDay).Select(s => s.Id).Order();

        Assert.Equal(seats, _scenario.ClosingMeeting.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.SeatId).Order());
    }

    [Fact]
    public void AnnualAnalysis_ApprovesThePlan_AndItsCommitmentIsReviewedAtTheClosingMeeting()
    {
        var annual = _scenario.AnnualAnalysisMeeting;

        Assert.Equal(DemoIds.AnnualAnalysisMeeting, annual.Id);
        Assert.Equal(new LocalDate(2023, 2, 15), annual.Date);
        Assert.Contains(annual.Decisions, d => d.Id == DemoIds.ApproveActionPlan && d.Kind == DecisionKind.ApprovePlan);
        var commitment = annual.Commitments.Single(c => c.Id == DemoIds.SchoolSessionsInOctober);
        Assert.Equal(CommitmentStatus.Done, commitment.Status);
        Assert.Equal(DemoIds.ClosingMeeting, commitment.Reviews.Single().MeetingId);
        Assert.Equal(
            [DemoIds.KeepWorkingInPartnership],
            new OpenCommitmentsByOwnerSpec(DemoIds.KratDurres, ClosingDay).Evaluate(_scenario.Meetings).Select(c => c.CommitmentId));
    }

    [Fact]
    public void AttendanceHistory_OfTheProsecution_ShowsBothMeetings()
    {
        var history = new AttendanceHistorySpec(DemoIds.ProsecutionOffice, DemoIds.KratDurres).Evaluate(_scenario.Meetings).ToList();

        Assert.Equal([DemoIds.AnnualAnalysisMeeting, DemoIds.ClosingMeeting], history.Select(h => h.MeetingId));
        Assert.Equal("2023-10-31", history[^1].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
