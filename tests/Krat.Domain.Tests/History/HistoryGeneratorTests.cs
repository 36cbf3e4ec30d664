using Stopwatch = System.Diagnostics.Stopwatch;
using Krat.Demo.History;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Initiatives;
using Krat.Domain.Meetings;
using Krat.Domain.Plans;
using NodaTime;
using Xunit.Abstractions;

namespace Krat.Domain.Tests.History;

public sealed class HistoryGeneratorTests(ITestOutputHelper output)
{
    private static readonly HistoryOptions Small = new()
    {
        Seed = 7,
        Counties = [CountyCode.From("AL-02"), CountyCode.From("AL-06"), CountyCode.From("AL-10")],
        From = new LocalDate(2022, 1, 1),
        To = new LocalDate(2023, 12, 31),
        Today = new LocalDate(2023, 10, 31),
        ActivitiesPerCommitteePerYear = 30,
        BatchSize = 50,
    };

    [Fact]
    public void Generate_WithTheSameSeed_GivesIdenticalHistories()
    {
        var first = HistoryProjection.Of(HistoryGenerator.Generate(Small));
        var second = HistoryProjection.Of(HistoryGenerator.Generate(Small with { }));

        Assert.Equal(first, second);
        Assert.True(first.Count > 500, $"only {first.Count} facts");
    }

    [Fact]
    public void Streams_EnumeratedTwice_GiveTheSameMeetingsAndActivities()
    {
        var history = HistoryGenerator.Generate(Small);

        var first = history.Activities().Select(HistoryProjection.Of).ToList();
        var second = history.Activities().Select(HistoryProjection.Of).ToList();

        Assert.Equal(first, second);
        Assert.Equal(history.Meetings().Select(m => $"{m.Id} {m.State} {m.Commitments.Count}"), history.Meetings().Select(m => $"{m.Id} {m.State} {m.Commitments.Count}"));
    }

    [Fact]
    public void Generate_WithAnotherSeed_GivesADifferentHistory()
    {
        var first = HistoryProjection.Of(HistoryGenerator.Generate(Small));
        var other = HistoryProjection.Of(HistoryGenerator.Generate(Small with { Seed = 8 }));

        Assert.NotEqual(first, other);
        Assert.Empty(HistoryProjection.Ids(HistoryGenerator.Generate(Small)).Intersect(HistoryProjection.Ids(HistoryGenerator.Generate(Small with { Seed = 8 }))));
    }

    [Fact]
    public void Counts_ScaleWithTheOptions()
    {
        var small = HistoryGenerator.Generate(Small);
        var twice = HistoryGenerator.Generate(Small with { ActivitiesPerCommitteePerYear = 60 });
        var twoCounties = HistoryGenerator.Generate(Small with { Counties = [CountyCode.From("AL-02"), CountyCode.From("AL-06")] });
        var oneYear = HistoryGenerator.Generate(Small with { From = new LocalDate(2023, 1, 1) });

        Assert.Equal(3 * 2 * 30, small.Activities().Count());
        Assert.Equal(3 * 2 * 30, small.ActivityCount);
        Assert.Equal(3 * 2 * 60, twice.Activities().Count());
        Assert.Equal(2, twoCounties.Committees.Count);
        Assert.Equal(2 * 2 * 30, twoCounties.Activities().Count());
        Assert.Equal(3 * 2, small.ActionPlans.Count);
        Assert.Equal(3, oneYear.ActionPlans.Count);
        Assert.True(small.Meetings().Count() > oneYear.Meetings().Count());
        Assert.All(small.ActivityBatches(), b => Assert.InRange(b.Count, 1, 50));
    }

    [Fact]
    public void TotalActivities_GivesExactlyThatMany_SpreadOverEveryCommitteeYear()
    {
        var history = HistoryGenerator.Generate(Small with { TotalActivities = 1001 });

        var activities = history.Activities().ToList();

        Assert.Equal(1001, activities.Count);
        Assert.Equal(1001, history.ActivityCount);
        Assert.Equal(6, activities.GroupBy(a => (a.CommitteeId, a.PlannedStart.Year)).Count());
    }

    [Fact]
    public void EveryMunicipalityUsed_BelongsToTheCommitteesCounty()
    {
        var history = HistoryGenerator.Generate(Small);
        var countyOf = history.Committees.ToDictionary(c => c.Id, c => c.County);

        Assert.All(history.Activities(), a =>
        {
            Assert.Equal(countyOf[a.CommitteeId], a.County);
            Assert.All(a.Municipalities, m => Assert.Equal(a.County, m.County));
        });
        Assert.All(history.VictimStatistics.Where(v => v.Municipality is not null), v => Assert.Equal(v.County, Albania.Municipality(v.Municipality!.Name).County));
    }

    [Fact]
    public void Data_CoversEveryCodeOfKindStatusAndTargetGroup()
    {
        var history = HistoryGenerator.Generate(Small with { ActivitiesPerCommitteePerYear = 15, To = new LocalDate(2024, 12, 31) });
        var activities = history.Activities().ToList();
        var meetings = history.Meetings().ToList();

        Assert.Equal(Codes<ActivityKind>(), activities.Select(a => a.Kind).Distinct().Order());
        Assert.Equal(Codes<ActivityStatus>(), activities.Select(a => a.Status).Distinct().Order());
        Assert.Equal(Codes<TargetGroup>(), activities.SelectMany(a => a.TargetGroups).Distinct().Order());
        Assert.Equal(Codes<Visibility>(), activities.Select(a => a.Visibility).Distinct().Order());
        Assert.Equal(Codes<MeetingKind>(), meetings.Select(m => m.Kind).Distinct().Order());
        Assert.Equal(Codes<MeetingState>(), meetings.Select(m => m.State).Distinct().Order());
        Assert.Equal(Codes<AttendanceStatus>(), meetings.SelectMany(m => m.Attendance).Select(a => a.Status).Distinct().Order());
        Assert.Equal(Codes<CommitmentStatus>(), meetings.SelectMany(m => m.Commitments).Select(c => c.Status).Distinct().Order());
        Assert.Equal(Codes<SeatRole>(), history.Committees.SelectMany(c => c.Seats).Select(s => s.Role).Distinct().Order());
        Assert.Equal(Codes<InitiativeStatus>(), history.Initiatives.Select(i => i.Status).Distinct().Order());
        Assert.Equal(Codes<ActionPlanStatus>(), history.ActionPlans.Select(p => p.Status).Distinct().Order());
        Assert.Contains(history.ServiceProviders, p => p.TechnicalTableCommitteeId is not null);
        Assert.Contains(history.VictimStatistics.SelectMany(v => v.Counts), c => c.Count is > 0 and < 5);
    }

    [Fact]
    public void Activities_HaveValidReach_AndOnlyCompletedOnesHaveOne()
    {
        var activities = HistoryGenerator.Generate(Small).Activities().ToList();

        Assert.All(activities, a =>
        {
            Assert.Equal(a.Status == ActivityStatus.Completed, a.Reach is not null);
            if (a.Reach is { } reach)
            {
                Assert.True((reach.Women ?? 0) + (reach.Men ?? 0) <= reach.Total);
                Assert.True((reach.Children ?? 0) + (reach.Adults ?? 0) <= reach.Total);
                Assert.True(a.ActualStart <= Small.Today);
            }
        });
        Assert.Contains(activities, a => a.Status == ActivityStatus.Planned && a.PlannedStart < Small.Today);
        Assert.Contains(activities, a => a.MeasureId is not null);
        Assert.Contains(activities, a => a.CampaignId is not null);
        Assert.Contains(activities, a => a.Reach is { Women: not null, Children: not null });
    }

    [Fact]
    public void Committees_HaveAChairChain_AndOneChairEveryDay()
    {
        var history = HistoryGenerator.Generate(Small);

        Assert.All(history.Committees, c =>
        {
            var chairs = c.Seats.Where(s => s.Body == CommitteeBody.Committee).SelectMany(s => s.Posts).Where(p => p.Post == Post.Chair).ToList();
            Assert.True(chairs.Count >= 2, $"{c.Name} has {chairs.Count} chair posts");
            for (var day = Small.From; day <= Small.To; day = day.PlusDays(17))
            {
                var holder = c.HolderOf(CommitteeBody.Committee, Post.Chair, day);
                Assert.NotNull(holder);
                Assert.Contains(holder.RepresentativesOn(day), r => r.Capacity == RepresentationCapacity.Titular);
            }
        });
    }

    [Fact]
    public void Commitments_AreReviewedLater_AndSomeStayOpenAndOverdue()
    {
        var meetings = HistoryGenerator.Generate(Small).Meetings().ToList();
        var commitments = meetings.SelectMany(m => m.Commitments).ToList();

        Assert.Contains(commitments, c => c.Status == CommitmentStatus.Done && c.Reviews.Count > 0);
        Assert.Contains(commitments, c => c.IsOverdueOn(Small.Today!.Value));
        Assert.Contains(meetings, m => m.Minutes == MinutesStatus.Approved);
        Assert.Contains(meetings, m => m.State == MeetingState.Held && m.Minutes == MinutesStatus.Draft);
        Assert.All(meetings.Where(m => m.Kind == MeetingKind.AnnualAnalysis), m => Assert.InRange(m.Date.Month, 1, 2));
    }

    [Fact]
    public void Ids_AreUniqueVersion7Guids()
    {
        var history = HistoryGenerator.Generate(Small);

        var ids = HistoryProjection.AllTypedIds(history);

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(7, id.Version));
    }

    [Fact]
    public void Names_KeepTheirAlbanianLetters()
    {
        var history = HistoryGenerator.Generate(Small);

        Assert.Contains(history.Organisations, o => o.Name.StartsWith("Shkolla 9-vjeçare \"", StringComparison.Ordinal) || o.Name.StartsWith("Shkolla e Mesme \"", StringComparison.Ordinal));
        Assert.Contains(history.Organisations, o => o.Name.StartsWith("Qendra Sociale \"", StringComparison.Ordinal));
        Assert.Contains(history.Activities(), a => a.Title.Contains("ndërgjegjësim", StringComparison.Ordinal));
        Assert.Contains(history.People, p => p.FullName.Any(ch => "ëçËÇ".Contains(ch)));
    }

    [Fact]
    public void TenThousandActivities_AreStreamedInBatches()
    {
        var history = HistoryGenerator.Generate(HistoryOptions.ForTotalActivities(10_000, years: 20));
        var watch = Stopwatch.StartNew();

        long count = 0;
        var largest = 0;
        foreach (var batch in history.ActivityBatches())
        {
            count += batch.Count;
            largest = Math.Max(largest, batch.Count);
        }

        output.WriteLine($"10 000 activities over 12 counties and 20 years generated in {watch.ElapsedMilliseconds} ms");
        Assert.Equal(10_000, count);
        Assert.Equal(5000, largest);
        Assert.Equal(12 * 20, history.ActionPlans.Count);
    }

    private static IEnumerable<TCode> Codes<TCode>()
        where TCode : struct, Enum => CodeList.All<TCode>().Select(p => p.Key).Order();
}
