using System.Globalization;
using Ardalis.Specification;
using Krat.Benchmarks.Data;
using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Domain.Reports;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Benchmarks.Questions;

/// <summary>
/// The key questions, each answered three ways: <c>Library</c> (Krat's specification through
/// <see cref="EfRepository{T}"/> and <see cref="SpecificationEvaluator.Default"/>), <c>Linq</c> (EF Core LINQ
/// with AsNoTracking, as a user without the library writes it) and <c>Raw</c> (SQL through Microsoft.Data.Sqlite,
/// read into the same shape). Every way opens its own context or connection, as a request does.
/// </summary>
public static class Ways
{
    private const string ActivityColumns =
        "Id, CommitteeId, County, Kind, Status, Title, Description, PlannedStart, PlannedEnd, ActualStart, ActualEnd, EffectiveDate, " +
        "Municipalities, Venue, LeadOrganisationId, PartnerOrganisationIds, TargetGroups, ReachTotal, MeasureId, CampaignId, Visibility";

    // ---------- 1. Activities of a committee in a month for a target group, newest first, one page ----------

    public static async Task<List<Activity>> ActivitiesPageLibrary(BenchFixture f)
    {
        await using var context = f.Context();
        var repository = new EfRepository<Activity>(context, SpecificationEvaluator.Default);
        var filter = new ActivitiesFilter { CommitteeId = f.Committee, From = f.MonthStart, To = f.MonthEnd, TargetGroup = f.TargetGroup };
        return await repository.ListAsync(new ActivitiesFilterSpec(filter, f.Page.Page, f.Page.Size));
    }

    /// <summary>The library with the fix the measurements call for: the same specification, read without tracking.</summary>
    public static async Task<List<Activity>> ActivitiesPageLibraryNoTracking(BenchFixture f)
    {
        await using var context = f.Context();
        var repository = new EfRepository<Activity>(context, SpecificationEvaluator.Default);
        var filter = new ActivitiesFilter { CommitteeId = f.Committee, From = f.MonthStart, To = f.MonthEnd, TargetGroup = f.TargetGroup };
        var specification = new ActivitiesFilterSpec(filter, f.Page.Page, f.Page.Size);
        specification.Query.AsNoTracking();
        return await repository.ListAsync(specification);
    }

    public static async Task<List<Activity>> ActivitiesPageLinq(BenchFixture f)
    {
        await using var context = f.Context();
        var committee = f.Committee;
        var from = f.MonthStart;
        var to = f.MonthEnd;
        var group = f.TargetGroup;
        return await context.Set<Activity>().AsNoTracking()
            .Where(a => a.CommitteeId == committee && a.EffectiveDate >= from && a.EffectiveDate <= to && a.TargetGroups.Contains(group))
            .OrderByDescending(a => a.EffectiveDate)
            .ThenBy(a => a.Id)
            .Skip((f.Page.Page - 1) * f.Page.Size)
            .Take(f.Page.Size)
            .ToListAsync();
    }

    public const string ActivitiesPageSql =
        "SELECT " + ActivityColumns + " FROM Activities a " +
        "WHERE a.CommitteeId = $committee AND a.EffectiveDate >= $from AND a.EffectiveDate <= $to " +
        "AND EXISTS (SELECT 1 FROM json_each(a.TargetGroups) WHERE value = $group) " +
        "ORDER BY a.EffectiveDate DESC, a.Id LIMIT $take OFFSET $skip";

    public static async Task<List<ActivityRow>> ActivitiesPageRaw(BenchFixture f)
    {
        await using var connection = f.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = ActivitiesPageSql;
        command.Parameters.AddWithValue("$committee", Id(f.Committee.Value));
        command.Parameters.AddWithValue("$from", Day(f.MonthStart));
        command.Parameters.AddWithValue("$to", Day(f.MonthEnd));
        command.Parameters.AddWithValue("$group", (int)f.TargetGroup);
        command.Parameters.AddWithValue("$take", f.Page.Size);
        command.Parameters.AddWithValue("$skip", (f.Page.Page - 1) * f.Page.Size);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<ActivityRow>(f.Page.Size);
        while (await reader.ReadAsync())
        {
            rows.Add(new ActivityRow(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetString(2),
                (ActivityKind)reader.GetInt32(3),
                (ActivityStatus)reader.GetInt32(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.GetString(11),
                reader.GetString(12),
                reader.IsDBNull(13) ? null : reader.GetString(13),
                reader.GetGuid(14),
                reader.GetString(15),
                reader.GetString(16),
                reader.IsDBNull(17) ? null : reader.GetInt32(17),
                reader.IsDBNull(18) ? null : reader.GetGuid(18),
                reader.IsDBNull(19) ? null : reader.GetGuid(19),
                (Visibility)reader.GetInt32(20)));
        }

        return rows;
    }

    // ---------- 2. Open commitments of a committee by owner ----------

    public static async Task<List<MeetingCommitments>> OpenCommitmentsLibrary(BenchFixture f)
    {
        await using var context = f.Context();
        var repository = new EfRepository<Meeting>(context, SpecificationEvaluator.Default);
        var lines = await repository.ListAsync(new OpenCommitmentsByOwnerSpec(f.Committee, f.Day, f.Owner));
        return [.. MeetingCommitments.Group(lines)];
    }

    public static async Task<List<MeetingCommitments>> OpenCommitmentsLinq(BenchFixture f)
    {
        await using var context = f.Context();
        var committee = f.Committee;
        var on = f.Day;
        var owner = f.Owner!.Value;
        var rows = await context.Set<Meeting>().AsNoTracking()
            .Where(m => m.CommitteeId == committee && m.Date <= on)
            .SelectMany(m => m.Commitments, (m, c) => new { m, c })
            .Where(x => x.c.Status == CommitmentStatus.Open && x.c.OwnerId == owner)
            .Select(x => new { MeetingId = x.m.Id, x.m.Date, x.m.Kind, x.m.StartsAt, x.c.Id, x.c.Number, x.c.What, x.c.OwnerId, x.c.Due })
            .OrderBy(x => x.StartsAt)
            .ThenBy(x => x.MeetingId)
            .ThenBy(x => x.Number)
            .ToListAsync();
        return [.. rows
            .GroupBy(x => x.MeetingId)
            .Select(g => new MeetingCommitments(
                g.Key,
                g.First().Date,
                g.First().Kind,
                [.. g.Select(c => new OpenCommitment(c.MeetingId, c.Date, c.Kind, c.StartsAt, c.Id, c.Number, c.What, c.OwnerId, c.Due, on))]))];
    }

    public const string OpenCommitmentsSql =
        "SELECT m.Id, m.Date, m.Kind, c.Id, c.Number, c.What, c.OwnerId, c.Due, m.StartsAt FROM Meetings m " +
        "JOIN MeetingCommitments c ON c.MeetingId = m.Id " +
        "WHERE m.CommitteeId = $committee AND m.Date <= $on AND c.Status = 1 AND c.OwnerId = $owner " +
        "ORDER BY m.StartsAt, m.Id, c.Number";

    public static async Task<List<MeetingCommitments>> OpenCommitmentsRaw(BenchFixture f)
    {
        await using var connection = f.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = OpenCommitmentsSql;
        command.Parameters.AddWithValue("$committee", Id(f.Committee.Value));
        command.Parameters.AddWithValue("$on", Day(f.Day));
        command.Parameters.AddWithValue("$owner", Id(f.Owner!.Value.Value));
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<MeetingCommitments>();
        MeetingId? current = null;
        LocalDate date = default;
        MeetingKind kind = default;
        Instant startsAt = default;
        var commitments = new List<OpenCommitment>();
        while (await reader.ReadAsync())
        {
            var meeting = new MeetingId(reader.GetGuid(0));
            if (current != meeting)
            {
                if (current is { } done)
                {
                    result.Add(new MeetingCommitments(done, date, kind, commitments));
                    commitments = [];
                }

                current = meeting;
                date = ParseDay(reader.GetString(1));
                kind = (MeetingKind)reader.GetInt32(2);
                startsAt = Instant.FromUnixTimeTicks(reader.GetInt64(8));
            }

            LocalDate? due = reader.IsDBNull(7) ? null : ParseDay(reader.GetString(7));
            commitments.Add(new OpenCommitment(meeting, date, kind, startsAt, new CommitmentId(reader.GetGuid(3)), reader.GetInt32(4), reader.GetString(5), new OrganisationId(reader.GetGuid(6)), due, f.Day));
        }

        if (current is { } last)
        {
            result.Add(new MeetingCommitments(last, date, kind, commitments));
        }

        return result;
    }

    // ---------- 3. Seats of the committee body on a date ----------

    public static async Task<CommitteeRoster?> SeatsOnDateLibrary(BenchFixture f)
    {
        await using var context = f.Context();
        var repository = new EfRepository<Committee>(context, SpecificationEvaluator.Default);
        return await repository.SingleOrDefaultAsync(new SeatsOnDateSpec(f.Committee, CommitteeBody.Committee, f.Day));
    }

    public static async Task<CommitteeRoster?> SeatsOnDateLinq(BenchFixture f)
    {
        await using var context = f.Context();
        var committee = f.Committee;
        var date = f.Day;
        const CommitteeBody body = CommitteeBody.Committee;
        return await context.Set<Committee>().AsNoTracking()
            .Where(c => c.Id == committee)
            .Select(c => new CommitteeRoster(
                c.Id,
                c.Name,
                body,
                date,
                c.Seats
                    .Where(s => s.Body == body && s.Term.Start <= date && (s.Term.End == null || s.Term.End >= date))
                    .OrderBy(s => s.Role)
                    .ThenBy(s => s.Id)
                    .Select(s => new SeatOnDate(
                        s.Id,
                        s.OrganisationId,
                        s.Role,
                        s.Votes,
                        s.Term,
                        s.Posts.Where(p => p.Term.Start <= date && (p.Term.End == null || p.Term.End >= date)).OrderBy(p => p.Post).Select(p => p.Post).ToList(),
                        s.Representatives
                            .Where(r => r.Term.Start <= date && (r.Term.End == null || r.Term.End >= date))
                            .OrderBy(r => r.Capacity)
                            .ThenBy(r => r.PersonId)
                            .Select(r => new RepresentativeOnDate(r.PersonId, r.Capacity, r.Term))
                            .ToList()))
                    .ToList()))
            .SingleOrDefaultAsync();
    }

    public const string RosterCommitteeSql = "SELECT Name FROM Committees WHERE Id = $committee";

    public const string RosterSeatsSql =
        "SELECT Id, OrganisationId, Role, Votes, TermStart, TermEnd FROM Seats " +
        "WHERE CommitteeId = $committee AND Body = $body AND TermStart <= $date AND (TermEnd IS NULL OR TermEnd >= $date) ORDER BY Role, Id";

    public const string RosterPostsSql =
        "SELECT p.SeatId, p.Post FROM SeatPosts p JOIN Seats s ON s.Id = p.SeatId " +
        "WHERE s.CommitteeId = $committee AND s.Body = $body AND p.TermStart <= $date AND (p.TermEnd IS NULL OR p.TermEnd >= $date) ORDER BY p.Post";

    public const string RosterRepresentativesSql =
        "SELECT r.SeatId, r.PersonId, r.Capacity, r.TermStart, r.TermEnd FROM SeatRepresentatives r JOIN Seats s ON s.Id = r.SeatId " +
        "WHERE s.CommitteeId = $committee AND s.Body = $body AND r.TermStart <= $date AND (r.TermEnd IS NULL OR r.TermEnd >= $date) ORDER BY r.Capacity, r.PersonId";

    public static async Task<CommitteeRoster?> SeatsOnDateRaw(BenchFixture f)
    {
        await using var connection = f.OpenConnection();
        SqliteCommand Command(string sql)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$committee", Id(f.Committee.Value));
            command.Parameters.AddWithValue("$body", (int)CommitteeBody.Committee);
            command.Parameters.AddWithValue("$date", Day(f.Day));
            return command;
        }

        string name;
        await using (var command = Command(RosterCommitteeSql))
        {
            if (await command.ExecuteScalarAsync() is not string found)
            {
                return null;
            }

            name = found;
        }

        var posts = new Dictionary<Guid, List<Post>>();
        await using (var command = Command(RosterPostsSql))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var seat = reader.GetGuid(0);
                if (!posts.TryGetValue(seat, out var list))
                {
                    posts[seat] = list = [];
                }

                list.Add((Post)reader.GetInt32(1));
            }
        }

        var representatives = new Dictionary<Guid, List<RepresentativeOnDate>>();
        await using (var command = Command(RosterRepresentativesSql))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var seat = reader.GetGuid(0);
                if (!representatives.TryGetValue(seat, out var list))
                {
                    representatives[seat] = list = [];
                }

                list.Add(new RepresentativeOnDate(
                    new PersonId(reader.GetGuid(1)),
                    (RepresentationCapacity)reader.GetInt32(2),
                    Term.Between(ParseDay(reader.GetString(3)), reader.IsDBNull(4) ? null : ParseDay(reader.GetString(4)))));
            }
        }

        var seats = new List<SeatOnDate>();
        await using (var command = Command(RosterSeatsSql))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var id = reader.GetGuid(0);
                seats.Add(new SeatOnDate(
                    new SeatId(id),
                    new OrganisationId(reader.GetGuid(1)),
                    (SeatRole)reader.GetInt32(2),
                    reader.GetBoolean(3),
                    Term.Between(ParseDay(reader.GetString(4)), reader.IsDBNull(5) ? null : ParseDay(reader.GetString(5))),
                    posts.GetValueOrDefault(id) ?? [],
                    representatives.GetValueOrDefault(id) ?? []));
            }
        }

        return new CommitteeRoster(f.Committee, name, CommitteeBody.Committee, f.Day, seats);
    }

    // ---------- 4. Campaign report core: completed activities of a committee-month by kind and municipality ----------

    /// <summary>
    /// The library's real report: <see cref="ReportService.MonthAsync"/> (as <c>AddKrat</c> registers it, on a
    /// per-request context). It computes more than the LINQ and raw ways: all activities of the month by kind,
    /// status, municipality and target group (each with completed count and people reached), reach totals,
    /// lead and partner organisations with their names, municipality coverage and the same month a year earlier
    /// — eleven SQL statements. The LINQ and raw ways compute only the core table (completed activities by kind
    /// and municipality with reach sums).
    /// </summary>
    public static async Task<PeriodReport> CampaignReportLibrary(BenchFixture f)
    {
        await using var context = f.Context();
        var reports = new ReportService(context);
        return await reports.MonthAsync(f.Committee, f.Month, ReportAudience.Committee);
    }

    public static async Task<List<ReportLine>> CampaignReportLinq(BenchFixture f)
    {
        await using var context = f.Context();
        var committee = f.Committee;
        var from = f.MonthStart;
        var to = f.MonthEnd;
        var rows = await context.Set<Activity>().AsNoTracking()
            .Where(a => a.CommitteeId == committee && a.EffectiveDate >= from && a.EffectiveDate <= to && a.Status == ActivityStatus.Completed)
            .Select(a => new { a.Kind, Municipalities = EF.Property<IReadOnlyList<string>>(a, "MunicipalityNames"), a.Reach })
            .ToListAsync();
        return Report(rows.SelectMany(a => a.Municipalities.Select(m => (a.Kind, m, a.Reach?.Total, a.Reach?.Women, a.Reach?.Men))));
    }

    public const string CampaignReportSql =
        "SELECT a.Kind, m.value, COUNT(*), TOTAL(a.ReachTotal), TOTAL(a.ReachWomen), TOTAL(a.ReachMen) " +
        "FROM Activities a, json_each(a.Municipalities) m " +
        "WHERE a.CommitteeId = $committee AND a.EffectiveDate >= $from AND a.EffectiveDate <= $to AND a.Status = 2 " +
        "GROUP BY a.Kind, m.value";

    public static async Task<List<ReportLine>> CampaignReportRaw(BenchFixture f)
    {
        await using var connection = f.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = CampaignReportSql;
        command.Parameters.AddWithValue("$committee", Id(f.Committee.Value));
        command.Parameters.AddWithValue("$from", Day(f.MonthStart));
        command.Parameters.AddWithValue("$to", Day(f.MonthEnd));
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<ReportLine>();
        while (await reader.ReadAsync())
        {
            lines.Add(new ReportLine((ActivityKind)reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), (long)reader.GetDouble(3), (long)reader.GetDouble(4), (long)reader.GetDouble(5)));
        }

        lines.Sort(CompareLines);
        return lines;
    }

    // ---------- 5. National roll-up: activities per county in a year ----------

    public static async Task<List<CountyCount>> RollUpLibrary(BenchFixture f)
    {
        await using var context = f.Context();
        var repository = new EfRepository<Activity>(context, SpecificationEvaluator.Default);
        var from = new LocalDate(f.Year, 1, 1);
        var to = new LocalDate(f.Year, 12, 31);
        var result = new List<CountyCount>(f.Committees.Count);
        foreach (var (county, committee) in f.Committees)
        {
            var count = await repository.CountAsync(new ActivitiesFilterCountSpec(new ActivitiesFilter { CommitteeId = committee, From = from, To = to }));
            if (count > 0)
            {
                result.Add(new CountyCount(county, count));
            }
        }

        return result;
    }

    public static async Task<List<CountyCount>> RollUpLinq(BenchFixture f)
    {
        await using var context = f.Context();
        var from = new LocalDate(f.Year, 1, 1);
        var to = new LocalDate(f.Year, 12, 31);
        var rows = await context.Set<Activity>().AsNoTracking()
            .Where(a => a.EffectiveDate >= from && a.EffectiveDate <= to)
            .GroupBy(a => a.County)
            .Select(g => new { County = g.Key, Count = g.Count() })
            .ToListAsync();
        return [.. rows.Select(r => new CountyCount(r.County, r.Count)).OrderBy(r => r.County.Value, StringComparer.Ordinal)];
    }

    public const string RollUpSql =
        "SELECT County, COUNT(*) FROM Activities WHERE EffectiveDate >= $from AND EffectiveDate <= $to GROUP BY County ORDER BY County";

    public static async Task<List<CountyCount>> RollUpRaw(BenchFixture f)
    {
        await using var connection = f.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = RollUpSql;
        command.Parameters.AddWithValue("$from", $"{f.Year:0000}-01-01");
        command.Parameters.AddWithValue("$to", $"{f.Year:0000}-12-31");
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<CountyCount>();
        while (await reader.ReadAsync())
        {
            result.Add(new CountyCount(CountyCode.From(reader.GetString(0)), reader.GetInt32(1)));
        }

        return result;
    }

    // ---------- helpers ----------

    public static string Id(Guid id) => id.ToString().ToUpperInvariant();

    public static string Day(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static LocalDate ParseDay(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static List<ReportLine> Report(IEnumerable<(ActivityKind Kind, string Municipality, int? Total, int? Women, int? Men)> rows)
    {
        var lines = rows
            .GroupBy(r => (r.Kind, r.Municipality))
            .Select(g => new ReportLine(g.Key.Kind, g.Key.Municipality, g.Count(), g.Sum(r => (long)(r.Total ?? 0)), g.Sum(r => (long)(r.Women ?? 0)), g.Sum(r => (long)(r.Men ?? 0))))
            .ToList();
        lines.Sort(CompareLines);
        return lines;
    }

    private static int CompareLines(ReportLine x, ReportLine y)
    {
        var kind = x.Kind.CompareTo(y.Kind);
        return kind != 0 ? kind : string.CompareOrdinal(x.Municipality, y.Municipality);
    }
}
