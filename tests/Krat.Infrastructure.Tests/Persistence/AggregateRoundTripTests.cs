using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Initiatives;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.People;
using Krat.Domain.Plans;
using Krat.Domain.Statistics;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Persistence;

// Save, reload in a new context, compare everything (Projection: every public property, recursively).
public abstract class AggregateRoundTripTests(TestProvider provider)
{
    protected TestProvider Provider => provider;

    [SkippableFact]
    public void Person_RoundTrips() => AssertRoundTrips(k => k.People);

    [SkippableFact]
    public void Committee_WithSeatsPostsAndRepresentatives_RoundTrips() => AssertRoundTrips<Committee>(k => [k.Committee]);

    [SkippableFact]
    public void Meetings_WithAgendaAttendanceGuestsDecisionsCommitmentsAndReviews_RoundTrip() => AssertRoundTrips(k => k.Meetings);

    [SkippableFact]
    public void ActionPlan_WithObjectivesMeasuresIndicatorsTargetsAndActuals_RoundTrips() => AssertRoundTrips<ActionPlan>(k => [k.Plan]);

    [SkippableFact]
    public void Campaign_RoundTrips() => AssertRoundTrips<Campaign>(k => [k.Campaign]);

    [SkippableFact]
    public void Activities_CompletedPostponedAndCancelled_RoundTrip() => AssertRoundTrips(k => k.Activities);

    [SkippableFact]
    public void Partnership_WithParticipantsAndEstablishedProviders_RoundTrips() => AssertRoundTrips<Partnership>(k => [k.Partnership]);

    [SkippableFact]
    public void ServiceProvider_RoundTrips() => AssertRoundTrips<ServiceProvider>(k => [k.Provider]);

    [SkippableFact]
    public void Initiative_WithEndorsement_RoundTrips() => AssertRoundTrips<Initiative>(k => [k.Initiative]);

    [SkippableFact]
    public void VictimStatistics_WithCells_RoundTrips() => AssertRoundTrips<VictimStatistics>(k => [k.Statistics]);

    [SkippableFact]
    public void Organisations_RoundTrip() => AssertRoundTrips(k => k.Organisations);

    [SkippableFact]
    public void AlbanianText_KeepsItsDiacritics()
    {
        using var database = TestDatabase.Migrated(provider);
        using (var context = database.KratContext())
        {
            KorceData.Build().Save(context);
        }

        using var reading = database.KratContext();
        var prefect = reading.Set<Person>().Single(p => p.Id == KorceData.Prefect);

        Assert.Equal("Çlirim Xhaferri-Ëngjëlli", prefect.FullName);
        Assert.Equal("xhaferri engjelli clirim", reading.Entry(prefect).Property<string>("SortKey").CurrentValue);
        Assert.Equal("Çlirim Xhaferri-Ëngjëlli", database.Scalar($"SELECT FullName FROM People WHERE Id = '{KorceData.Prefect.Value.ToString().ToUpperInvariant()}'"));
    }

    [SkippableFact]
    public void DurresScenario_SavedAndReloaded_IsIntact()
    {
        var scenario = DurresScenario.Build();
        var expected = Projections(scenario.Organisations, scenario.People, [scenario.KratDurres], scenario.Meetings, [scenario.ActionPlan2023], [scenario.October2023], scenario.Activities, [scenario.ResilienceCentrePartnership], [scenario.ResilienceCentreProvider], [scenario.PupilsProject], [scenario.VictimStatistics2023]);
        using var database = TestDatabase.Migrated(provider);
        using (var context = database.KratContext())
        {
            DurresDatabase.Save(context, scenario);
        }

        using var reading = database.KratContext();
        var actual = Projections(
            reading.Set<Organisation>().ToList(),
            reading.Set<Person>().ToList(),
            reading.Set<Committee>().ToList(),
            reading.Set<Meeting>().ToList(),
            reading.Set<ActionPlan>().ToList(),
            reading.Set<Campaign>().ToList(),
            reading.Set<Activity>().ToList(),
            reading.Set<Partnership>().ToList(),
            reading.Set<ServiceProvider>().ToList(),
            reading.Set<Initiative>().ToList(),
            reading.Set<VictimStatistics>().ToList());

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    [SkippableFact]
    public void ChangedAggregates_SavedAndReloaded_KeepTheirChanges()
    {
        using var database = TestDatabase.Migrated(provider);
        using (var context = database.KratContext())
        {
            KorceData.Build().Save(context);
        }

        string committee, activity, statistics, meeting;
        using (var context = database.KratContext())
        {
            var c = context.Set<Committee>().Single();
            var chairSeat = c.Seats.Single(s => s.OrganisationId == KorceData.Prefecture);
            var municipalitySeat = c.Seats.Single(s => s.OrganisationId == KorceData.Municipality && s.Body == CommitteeBody.Committee);
            c.HandOverPost(CommitteeBody.Committee, Post.Chair, municipalitySeat.Id, new LocalDate(2024, 1, 1));
            c.EndRepresentation(chairSeat.Id, KorceData.Prefect, new LocalDate(2024, 2, 29));

            var a = context.Set<Activity>().Single(x => x.Status == ActivityStatus.Postponed);
            a.Reschedule(Activity.Days(new LocalDate(2024, 3, 2), new LocalDate(2024, 3, 3)));
            a.ChangeMunicipalities([Albania.Municipality("Devoll"), Albania.Municipality("Pustec")]);
            a.ChangeTargetGroups([TargetGroup.Parents, TargetGroup.Pupils]);
            a.ChangeOrganisations(KorceData.Municipality, [KorceData.Prefecture]);

            var s = context.Set<VictimStatistics>().Single();
            s.Record(Sex.Female, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Begging, 13);
            s.Record(Sex.Male, AgeGroup.Child, VictimStatus.Official, ExploitationForm.ForcedCriminality, 1);

            var m = Meeting.Plan(new MeetingPlan { CommitteeId = KorceData.CommitteeId, Body = CommitteeBody.Committee, Kind = MeetingKind.AnnualAnalysis, Start = new LocalDateTime(2024, 2, 1, 10, 0), End = new LocalDateTime(2024, 2, 1, 12, 0), Place = "Korçë" });
            var first = m.AddAgendaItem("E para");
            m.AddAgendaItem("E dyta");
            m.AddAgendaItem("Nënpikë", parentId: first.Id);
            m.MoveAgendaItem(first.Id, 2);
            context.Add(m);

            context.SaveChanges();
            (committee, activity, statistics, meeting) = (Projection.Of(c), Projection.Of(a), Projection.Of(s), Projection.Of(m));
        }

        using var reading = database.KratContext();
        Assert.Equal(committee, Projection.Of(reading.Set<Committee>().Single()));
        Assert.Equal(activity, Projection.Of(reading.Set<Activity>().Single(x => x.PlannedStart == new LocalDate(2024, 3, 2))));
        Assert.Equal(statistics, Projection.Of(reading.Set<VictimStatistics>().Single()));
        Assert.Equal(meeting, Projection.Of(reading.Set<Meeting>().Single(x => x.Kind == MeetingKind.AnnualAnalysis)));
    }

    private void AssertRoundTrips<T>(Func<KorceData, IEnumerable<T>> pick)
        where T : class, IAggregateRoot
    {
        var data = KorceData.Build();
        var expected = Projections(pick(data));
        using var database = TestDatabase.Migrated(provider);
        using (var context = database.KratContext())
        {
            data.Save(context);
        }

        using var reading = database.KratContext();
        var actual = Projections(reading.Set<T>().AsNoTracking().ToList());

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    private static List<string> Projections(params IEnumerable<object>[] kinds) =>
        [.. kinds.SelectMany(kind => kind.Select(Projection.Of).Order(StringComparer.Ordinal))];

    public sealed class Sqlite() : AggregateRoundTripTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : AggregateRoundTripTests(TestProvider.PostgreSql);
}
