using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Partnerships;
using Krat.Domain.Partnerships.Specifications;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Sqlite;
using Krat.Infrastructure.Tests.Reports;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Snapshooter.Xunit;

namespace Krat.Infrastructure.Tests.Specifications;

// The SQL of the key specifications, as SQLite runs it (parameters included, fixed ids from DemoIds). A change
// of mapping, index-relevant shape or evaluator shows up here as a snapshot diff to review.
public abstract class SpecificationSqlSnapshotTests : IDisposable
{
    protected TestProvider Provider { get; }

    private readonly TestDatabase _database;
    private readonly KratDbContext _context;

    protected SpecificationSqlSnapshotTests(TestProvider provider)
    {
        Provider = provider;
        Engine.SkipOnPostgreSql(provider, Engine.SqliteSqlText);
        _database = TestDatabase.Migrated(Provider);
        _context = _database.KratContext();
    }

    public void Dispose()
    {
        _context.Dispose();
        _database.Dispose();
    }

    [SkippableFact]
    public void ActivitiesFilterSpec_WithEveryCriterion_Sql()
    {
        var filter = new ActivitiesFilter
        {
            CommitteeId = DemoIds.KratDurres,
            From = new LocalDate(2023, 10, 1),
            To = new LocalDate(2023, 10, 31),
            Municipality = Albania.Municipality("durres"),
            TargetGroup = TargetGroup.Pupils,
            MeasureId = DemoIds.Measure(1),
            OrganisationId = DemoIds.WorldVision,
            CampaignId = DemoIds.October2023,
            Visibility = Visibility.Public,
            Status = ActivityStatus.Completed,
            Text = "Nxënës",
        };

        Snapshot.Match(Sql<Activity>(new ActivitiesFilterSpec(filter, 2, 20)));
    }

    [SkippableFact]
    public void SeatsOnDateSpec_Sql() =>
        Snapshot.Match(Sql(new SeatsOnDateSpec(DemoIds.KratDurres, CommitteeBody.Committee, DurresScenario.ClosingDay)));

    [SkippableFact]
    public void OpenCommitmentsByOwnerSpec_Sql() =>
        Snapshot.Match(Sql(new OpenCommitmentsByOwnerSpec(DemoIds.KratDurres, DurresScenario.ClosingDay, DemoIds.Prefecture, overdueOnly: true)));

    [SkippableFact]
    public async Task OpenCommitmentsByOwnerSpec_RunsAsOneStatement()
    {
        var (database, _) = DurresDatabase.Create(Provider);
        using (database)
        {
            var recorder = new SqlRecorder();
            var builder = new DbContextOptionsBuilder<KratDbContext>();
            KratSqlite.Configure(builder, database.Connection);
            builder.AddInterceptors(recorder);
            await using var context = new KratDbContext(builder.Options, database.Clock, SystemUser.Instance, CommitteeScope.Unscoped);

            var lines = await new EfRepository<Meeting>(context, SpecificationEvaluator.Default).ListAsync(new OpenCommitmentsByOwnerSpec(DemoIds.KratDurres, DurresScenario.ClosingDay));

            Assert.NotEmpty(lines);
            Assert.Single(recorder.Commands);
        }
    }

    [SkippableFact]
    public void CommitteeMeetingsInPeriodSpec_Sql() =>
        Snapshot.Match(Sql<Meeting>(new CommitteeMeetingsInPeriodSpec(DemoIds.KratDurres, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)), 10, 10, CommitteeBody.Committee, MeetingKind.Regular, MeetingState.Held)));

    [SkippableFact]
    public void AttendanceHistorySpec_Sql() =>
        Snapshot.Match(Sql(new AttendanceHistorySpec(DemoIds.Prefecture, DemoIds.KratDurres, presentOnly: true)));

    [SkippableFact]
    public void ServiceProvidersCoveringMunicipalitySpec_Sql() =>
        Snapshot.Match(Sql<ServiceProvider>(new ServiceProvidersCoveringMunicipalitySpec(Krat.Domain.Geography.Albania.Municipality("Durres"), ServiceType.Shelter)));

    private string Sql<T>(Ardalis.Specification.ISpecification<T> spec)
        where T : class =>
        SpecificationEvaluator.Default.GetQuery(_context.Set<T>(), spec).ToQueryString();

    private string Sql<T, TResult>(Ardalis.Specification.ISpecification<T, TResult> spec)
        where T : class =>
        SpecificationEvaluator.Default.GetQuery(_context.Set<T>(), spec).ToQueryString();

    public sealed class Sqlite() : SpecificationSqlSnapshotTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : SpecificationSqlSnapshotTests(TestProvider.PostgreSql);
}
