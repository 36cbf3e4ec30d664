using Krat.Demo.History;
using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Initiatives;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.Plans;
using Krat.Domain.People;
using Krat.Domain.Statistics;
using Krat.Infrastructure.Tests.TestSupport;
using NodaTime;

namespace Krat.Infrastructure.Tests.Differential;

/// <summary>
/// A generated history of three counties (Durrës, Korçë, Kukës) over 2022–2023, seed 4242, "today" 31.10.2023,
/// saved into a migrated database (of <see cref="OnSqlite"/> or <see cref="OnPostgreSql"/>) once per test class
/// when first asked for; the very objects that were saved stay in memory so that every specification can be
/// evaluated both ways on the same data.
/// </summary>
public abstract class GeneratedDatabase : IDisposable
{
    private readonly Lazy<TestDatabase> _database;

    public static readonly HistoryOptions Options = new()
    {
        Seed = 4242,
        Counties = [CountyCode.From("AL-02"), CountyCode.From("AL-06"), CountyCode.From("AL-07")],
        From = new LocalDate(2022, 1, 1),
        To = new LocalDate(2023, 12, 31),
        Today = new LocalDate(2023, 10, 31),
        ActivitiesPerCommitteePerYear = 45,
    };

    protected GeneratedDatabase(TestProvider provider)
    {
        var history = HistoryGenerator.Generate(Options);
        Organisations = history.Organisations;
        People = history.People;
        Committees = history.Committees;
        Meetings = [.. history.Meetings()];
        ActionPlans = history.ActionPlans;
        Campaigns = history.Campaigns;
        Partnerships = history.Partnerships;
        ServiceProviders = history.ServiceProviders;
        Initiatives = history.Initiatives;
        VictimStatistics = [.. history.VictimStatistics, .. Drafts(history.Committees)];
        Activities = [.. history.Activities()];

        _database = new Lazy<TestDatabase>(() => Store(TestDatabase.Migrated(provider)));
    }

    public TestDatabase Database => _database.Value;

    // The generator publishes every record it makes; each committee also gets the first months after the history
    // open as drafts (one, two or three of them), so that the drafts' queries have rows to find.
    private static IEnumerable<VictimStatistics> Drafts(IReadOnlyList<Committee> committees) =>
        committees.SelectMany((committee, i) => Enumerable.Range(1, i + 1).Select(month =>
        {
            var start = Options.To.PlusDays(1).PlusMonths(month - 1);
            var draft = Domain.Statistics.VictimStatistics.Open(committee.Id, committee.County, new DateInterval(start, start.PlusMonths(1).PlusDays(-1)), source: "Draft for the drafts' queries");
            draft.Record(Sex.Female, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Sexual, month);
            return draft;
        }));

    private TestDatabase Store(TestDatabase database)
    {
        using var context = database.KratContext();
        Save(context, Organisations);
        Save(context, People);
        Save(context, Committees);
        Save(context, Meetings);
        Save(context, ActionPlans);
        Save(context, Campaigns);
        Save(context, Partnerships);
        Save(context, ServiceProviders);
        Save(context, Initiatives);
        Save(context, VictimStatistics);
        Save(context, Activities);
        return database;
    }

    public IReadOnlyList<Organisation> Organisations { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<Committee> Committees { get; }

    public IReadOnlyList<Meeting> Meetings { get; }

    public IReadOnlyList<ActionPlan> ActionPlans { get; }

    public IReadOnlyList<Campaign> Campaigns { get; }

    public IReadOnlyList<Partnership> Partnerships { get; }

    public IReadOnlyList<ServiceProvider> ServiceProviders { get; }

    public IReadOnlyList<Initiative> Initiatives { get; }

    public IReadOnlyList<VictimStatistics> VictimStatistics { get; }

    public IReadOnlyList<Activity> Activities { get; }

    public int RecordCount =>
        Organisations.Count + People.Count + Committees.Count + Meetings.Count + Campaigns.Count + Partnerships.Count
        + ServiceProviders.Count + Initiatives.Count + VictimStatistics.Count + Activities.Count;

    public Committee Committee(string county) => Committees.Single(c => c.County == CountyCode.From(county));

    public Organisation Organisation(string name) => Organisations.First(o => o.Name == name);

    public void Dispose()
    {
        if (_database.IsValueCreated)
        {
            _database.Value.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The generated database on SQLite.</summary>
    public sealed class OnSqlite() : GeneratedDatabase(TestProvider.Sqlite);

    /// <summary>The generated database on PostgreSQL.</summary>
    public sealed class OnPostgreSql() : GeneratedDatabase(TestProvider.PostgreSql);

    private static void Save(KratDbContext context, IEnumerable<object> aggregates)
    {
        context.AddRange(aggregates);
        context.SaveChanges();
        context.ChangeTracker.Clear();
    }
}
