using Krat.Demo.Durres;
using Krat.Demo.History;
using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using NodaTime;

namespace Krat.Domain.Tests.History;

public sealed class DurresDemoHistoryTests
{
    private readonly DurresScenario _scenario = DurresScenario.Build();

    [Fact]
    public void Build_AddsAYearOfDurresMeetingsAndActivities_ThatReferToTheScenario()
    {
        var history = DurresDemoHistory.Build(_scenario);
        var meetings = history.Meetings().ToList();
        var activities = history.Activities().ToList();
        var organisations = _scenario.Organisations.Select(o => o.Id).ToHashSet();
        var measures = _scenario.ActionPlan2023.Measures.Select(m => m.Id).ToHashSet();
        var campaigns = history.Campaigns.Select(c => c.Id).Append(DemoIds.October2023).ToHashSet();

        Assert.Equal(DurresDemoHistory.DefaultActivities, activities.Count);
        Assert.Empty(history.Committees);
        Assert.Empty(history.Organisations);
        Assert.All(activities, a =>
        {
            Assert.Equal(DemoIds.KratDurres, a.CommitteeId);
            Assert.True(a.PlannedStart.Year == 2023 || (a.PlannedStart < new LocalDate(2024, 2, 15) && a.PlannedStart > DurresScenario.ClosingDay), "2023, or rescheduled into early 2024");
            Assert.Contains(a.LeadOrganisationId, organisations);
            Assert.All(a.PartnerOrganisationIds, p => Assert.Contains(p, organisations));
            Assert.True(a.MeasureId is null || measures.Contains(a.MeasureId.Value));
            Assert.True(a.CampaignId is null || campaigns.Contains(a.CampaignId.Value));
            Assert.True(a.ActualStart is null || a.ActualStart <= DurresScenario.ClosingDay);
        });
        Assert.Contains(activities, a => a.CampaignId == DemoIds.October2023);
        Assert.All(meetings, m =>
        {
            Assert.Equal(DemoIds.KratDurres, m.CommitteeId);
            Assert.DoesNotContain(m.Date, new[] { new LocalDate(2023, 2, 15), DurresScenario.ClosingDay });
            Assert.Equal(m.Date > DurresScenario.ClosingDay, m.State == MeetingState.Planned);
        });
        Assert.Contains(meetings, m => m.Body == CommitteeBody.TechnicalTable && m.State == MeetingState.Held);
    }

    [Fact]
    public void Build_Attendance_UsesTheScenarioSeatsOfTheMeetingsBody()
    {
        var seats = _scenario.KratDurres.Seats.ToDictionary(s => s.Id);

        var meetings = DurresDemoHistory.Build(_scenario).Meetings().Where(m => m.State == MeetingState.Held).ToList();

        Assert.NotEmpty(meetings);
        Assert.All(meetings, m =>
        {
            Assert.Equal(_scenario.KratDurres.SeatsOn(m.Body, m.Date).Select(s => s.Id).Order(), m.Attendance.Select(a => a.SeatId).Order());
            Assert.All(m.Attendance, a => Assert.Equal(seats[a.SeatId].OrganisationId, a.OrganisationId));
        });
    }

    [Fact]
    public void Build_NeverClashesWithTheScenariosIdentities()
    {
        var history = DurresDemoHistory.Build(_scenario, otherCounties: true);
        var scenarioIds = new List<Guid>();
        scenarioIds.AddRange(_scenario.Organisations.Select(o => o.Id.Value));
        scenarioIds.AddRange(_scenario.People.Select(p => p.Id.Value));
        scenarioIds.AddRange(_scenario.KratDurres.Seats.Select(s => s.Id.Value));
        scenarioIds.Add(_scenario.KratDurres.Id.Value);
        scenarioIds.AddRange(_scenario.Meetings.SelectMany(m => m.Decisions.Select(d => d.Id.Value).Concat(m.Commitments.Select(c => c.Id.Value)).Append(m.Id.Value)));
        scenarioIds.AddRange(_scenario.Activities.Select(a => a.Id.Value));
        scenarioIds.AddRange(_scenario.ActionPlan2023.Measures.Select(m => m.Id.Value));
        scenarioIds.AddRange([_scenario.ActionPlan2023.Id.Value, _scenario.October2023.Id.Value, _scenario.PupilsProject.Id.Value, _scenario.ResilienceCentrePartnership.Id.Value, _scenario.ResilienceCentreProvider.Id.Value, _scenario.VictimStatistics2023.Id.Value]);

        var generated = HistoryProjection.AllTypedIds(history);

        Assert.Equal(generated.Count, generated.Distinct().Count());
        Assert.Empty(generated.Intersect(scenarioIds));
        Assert.Equal(11, history.Committees.Count);
        Assert.DoesNotContain(history.Committees, c => c.County == _scenario.KratDurres.County);
        Assert.DoesNotContain(history.Organisations, o => _scenario.Organisations.Any(s => s.Name == o.Name));
    }

    [Fact]
    public void Build_WithTheSameSeed_IsIdentical_AndLeavesTheScenarioUnchanged()
    {
        var before = Fingerprint(_scenario);

        var first = HistoryProjection.Of(DurresDemoHistory.Build(_scenario));
        var second = HistoryProjection.Of(DurresDemoHistory.Build(DurresScenario.Build()));

        Assert.Equal(first, second);
        Assert.Equal(before, Fingerprint(_scenario));
        Assert.NotEqual(first, HistoryProjection.Of(DurresDemoHistory.Build(_scenario, seed: 1)));
    }

    private static string Fingerprint(DurresScenario scenario) =>
        string.Join('|', scenario.Meetings.SelectMany(m => m.Commitments.Select(c => $"{c.Id}:{c.Status}:{c.Reviews.Count}")).Concat(scenario.KratDurres.Seats.Select(s => $"{s.Id}:{s.Term}:{s.Representatives.Count}")));
}
