using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Reports;
using Krat.Infrastructure.Moving;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Tests.Differential;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.PostgreSql;

/// <summary>
/// Moving prefectures from a SQLite database (the generated history of Durrës, Korçë and Kukës) into a national
/// PostgreSQL database: every aggregate moves with its identity, version and audit columns, the reports are the
/// same on both engines after the move, and running the move again changes nothing.
/// </summary>
public sealed class CommitteeMoveTests : IDisposable
{
    private static readonly DateInterval Year = new(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));
    private static readonly LocalDate AsOf = new(2023, 10, 31);
    private readonly GeneratedDatabase.OnSqlite _source = new();
    private readonly TestDatabase _target;

    public CommitteeMoveTests()
    {
        PostgreSqlServer.RequireServer();
        _target = TestDatabase.Migrated(TestProvider.PostgreSql);
    }

    public void Dispose()
    {
        _target.Dispose();
        _source.Dispose();
    }

    [SkippableFact]
    public async Task MovingDurres_CopiesEveryAggregate_WithIdsVersionsAndAudit_AndTheReportsAreEqual()
    {
        var durres = _source.Committee("AL-02").Id;
        var result = await MoveAsync(durres);

        await using var source = _source.Database.KratContext();
        await using var target = _target.KratContext();
        Assert.Equal(
            await source.Set<Activity>().Where(a => a.CommitteeId == durres).OrderBy(a => a.Id).Select(a => new { a.Id, a.Version, a.Title }).ToListAsync(),
            await target.Set<Activity>().OrderBy(a => a.Id).Select(a => new { a.Id, a.Version, a.Title }).ToListAsync());
        Assert.Equal(
            await source.Set<Meeting>().Where(m => m.CommitteeId == durres).CountAsync(),
            await target.Set<Meeting>().CountAsync());
        Assert.Equal([durres], await target.Set<Committee>().Select(c => c.Id).ToListAsync());
        Assert.True(result.Added["Organisation"] > 0);
        Assert.True(result.Added["Person"] > 0);
        Assert.Empty(result.Differing);

        var committee = await source.Set<Committee>().SingleAsync(c => c.Id == durres);
        var moved = await target.Set<Committee>().SingleAsync();
        Assert.Equal(source.AuditOf(committee), target.AuditOf(moved));

        await AssertReportsEqualAsync(durres);
    }

    [SkippableFact]
    public async Task MovingAgain_ChangesNothing()
    {
        var durres = _source.Committee("AL-02").Id;
        var first = await MoveAsync(durres);
        var rows = _target.Scalar("SELECT COUNT(*) FROM Activities");
        var versions = _target.Scalar("SELECT SUM(Version) FROM Meetings");

        var second = await MoveAsync(durres);

        Assert.True(first.AddedTotal > 0);
        Assert.Equal(0, second.AddedTotal);
        Assert.Empty(second.Differing);
        Assert.Equal(first.Added.Values.Sum(), second.Unchanged.Values.Sum());
        Assert.Equal(rows, _target.Scalar("SELECT COUNT(*) FROM Activities"));
        Assert.Equal(versions, _target.Scalar("SELECT SUM(Version) FROM Meetings"));
    }

    [SkippableFact]
    public async Task MovingEveryCommittee_GivesTheSameNationalRollup_OnBothEngines()
    {
        foreach (var committee in _source.Committees)
        {
            await MoveAsync(committee.Id);
        }

        await using var source = _source.Database.KratContext();
        await using var target = _target.KratContext();
        Assert.Equivalent(
            await new ReportService(source).NationalAsync(Year, AsOf, ReportAudience.Committee),
            await new ReportService(target).NationalAsync(Year, AsOf, ReportAudience.Committee),
            strict: true);
        foreach (var committee in _source.Committees)
        {
            await AssertReportsEqualAsync(committee.Id);
        }
    }

    private async Task<CommitteeMoveResult> MoveAsync(CommitteeId committee)
    {
        await using var source = _source.Database.KratContext();
        await using var target = _target.KratContext();
        return await CommitteeMove.CopyAsync(source, target, committee);
    }

    private async Task AssertReportsEqualAsync(CommitteeId committee)
    {
        await using var source = _source.Database.KratContext();
        await using var target = _target.KratContext();
        var before = new ReportService(source);
        var after = new ReportService(target);
        Assert.Equivalent(await before.PeriodAsync(committee, Year, ReportAudience.Committee), await after.PeriodAsync(committee, Year, ReportAudience.Committee), strict: true);
        Assert.Equivalent(await before.AttendanceAsync(committee, Year), await after.AttendanceAsync(committee, Year), strict: true);
        Assert.Equivalent(await before.CommitmentsAsync(committee, AsOf), await after.CommitmentsAsync(committee, AsOf), strict: true);
        Assert.Equivalent(await before.CoverageAsync(committee, Year, ReportAudience.Committee), await after.CoverageAsync(committee, Year, ReportAudience.Committee), strict: true);
        Assert.Equivalent(await before.PlanProgressAsync(committee, AsOf, ReportAudience.Committee), await after.PlanProgressAsync(committee, AsOf, ReportAudience.Committee), strict: true);
        Assert.Equivalent(await before.VictimStatisticsAsync(committee, 2023), await after.VictimStatisticsAsync(committee, 2023), strict: true);
        Assert.Equivalent(await before.AnalysisAsync(committee, Year, AsOf, ReportAudience.Committee), await after.AnalysisAsync(committee, Year, AsOf, ReportAudience.Committee), strict: true);
    }
}
