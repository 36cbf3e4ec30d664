using Krat.Domain.Reports;
using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Krat.Benchmarks.Data;
using Krat.Benchmarks.Questions;
using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Infrastructure;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Specifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;

namespace Krat.Benchmarks;

/// <summary>Prints the SQL and EXPLAIN QUERY PLAN of each question: the library's (as EF Core generates it) and the raw SQL.</summary>
public static class Plans
{
    public static async Task PrintAsync(BenchFixture f, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(output);
        await using var context = f.Context();
        var evaluator = SpecificationEvaluator.Default;
        var month = new ActivitiesFilter { CommitteeId = f.Committee, From = f.MonthStart, To = f.MonthEnd };
        var raw = new Dictionary<string, object>
        {
            ["$committee"] = Ways.Id(f.Committee.Value),
            ["$from"] = Ways.Day(f.MonthStart),
            ["$to"] = Ways.Day(f.MonthEnd),
            ["$group"] = (int)f.TargetGroup,
            ["$take"] = f.Page.Size,
            ["$skip"] = 0,
            ["$on"] = Ways.Day(f.Day),
            ["$date"] = Ways.Day(f.Day),
            ["$body"] = (int)CommitteeBody.Committee,
            ["$owner"] = Ways.Id(f.Owner?.Value ?? Guid.Empty),
        };
        var rollUp = new Dictionary<string, object>(raw) { ["$from"] = $"{f.Year}-01-01", ["$to"] = $"{f.Year}-12-31" };
        var queries = new List<(string Name, string Sql, IReadOnlyDictionary<string, object>? Parameters)>
        {
            ("1 ActivitiesPage — library", evaluator.GetQuery(context.Set<Activity>().AsQueryable(), new ActivitiesFilterSpec(month with { TargetGroup = f.TargetGroup }, 1, f.Page.Size)).ToQueryString(), null),
            ("1 ActivitiesPage — raw", Ways.ActivitiesPageSql, raw),
            ("2 OpenCommitments — library", evaluator.GetQuery(context.Set<Meeting>().AsQueryable(), new OpenCommitmentsByOwnerSpec(f.Committee, f.Day, f.Owner)).ToQueryString(), null),
            ("2 OpenCommitments — raw", Ways.OpenCommitmentsSql, raw),
            ("3 SeatsOnDate — library", evaluator.GetQuery(context.Set<Committee>().AsQueryable(), new SeatsOnDateSpec(f.Committee, CommitteeBody.Committee, f.Day)).ToQueryString(), null),
            ("3 SeatsOnDate — raw (seats)", Ways.RosterSeatsSql, raw),
            ("4 CampaignReport — raw", Ways.CampaignReportSql, raw),
            ("5 NationalRollUp — library (one of 12)", evaluator.GetQuery(context.Set<Activity>().AsQueryable(), new ActivitiesFilterCountSpec(new ActivitiesFilter { CommitteeId = f.Committee, From = new LocalDate(f.Year, 1, 1), To = new LocalDate(f.Year, 12, 31) }), true).ToQueryString(), null),
            ("5 NationalRollUp — raw", Ways.RollUpSql, rollUp),
        };

        // The library's campaign report is the real report service: every statement it sends, captured as it runs.
        var capture = new CommandCapture();
        await using (var reporting = BenchDatabase.Context(new DbContextOptionsBuilder<KratDbContext>(f.Options).AddInterceptors(capture).Options))
        {
            await new ReportService(reporting).MonthAsync(f.Committee, f.Month, ReportAudience.Committee);
        }

        queries.InsertRange(
            queries.FindIndex(q => q.Name.StartsWith("4 ", StringComparison.Ordinal)),
            capture.Commands.Select((c, i) => ($"4 CampaignReport — library, statement {i + 1} of {capture.Commands.Count}", c.Sql, (IReadOnlyDictionary<string, object>?)c.Parameters)));
        await using var connection = f.OpenConnection();
        foreach (var (name, text, parameters) in queries)
        {
            var (sql, bound) = parameters is null ? Split(text) : (text, new Dictionary<string, object>(parameters));
            output.WriteLine($"### {name}");
            output.WriteLine();
            output.WriteLine("```sql");
            output.WriteLine(sql.Trim());
            output.WriteLine("```");
            output.WriteLine();
            output.WriteLine("```");
            foreach (var statement in sql.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "EXPLAIN QUERY PLAN " + statement;
                foreach (var parameter in Regex.Matches(statement, @"[@$]\w+").Select(m => m.Value).Distinct(StringComparer.Ordinal))
                {
                    // EF Core's text does not carry its parameter values; the plan's shape does not depend on them.
                    command.Parameters.AddWithValue(parameter, bound.TryGetValue(parameter, out var value) ? value : DBNull.Value);
                }

                await using var reader = await command.ExecuteReaderAsync();
                var depth = new Dictionary<long, int> { [0] = 0 };
                while (await reader.ReadAsync())
                {
                    var id = reader.GetInt64(0);
                    var parent = reader.GetInt64(1);
                    var level = depth.GetValueOrDefault(parent) + 1;
                    depth[id] = level;
                    output.WriteLine(new string(' ', (level - 1) * 2) + reader.GetString(3));
                }
            }

            output.WriteLine("```");
            output.WriteLine();
        }
    }

    // Records the text and parameter values of every command a context sends.
    private sealed class CommandCapture : DbCommandInterceptor
    {
        public List<(string Sql, Dictionary<string, object> Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().ToDictionary(p => p.ParameterName, p => p.Value ?? DBNull.Value, StringComparer.Ordinal)));
            return ValueTask.FromResult(result);
        }
    }

    // EF Core's ToQueryString for SQLite starts with ".param set @name value" lines.
    private static (string Sql, Dictionary<string, object> Parameters) Split(string text)
    {
        var parameters = new Dictionary<string, object>();
        var sql = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("This LINQ query", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith(".param set ", StringComparison.Ordinal))
            {
                var rest = line[".param set ".Length..].Trim();
                var space = rest.IndexOf(' ', StringComparison.Ordinal);
                var value = rest[(space + 1)..].Trim();
                parameters[rest[..space]] = value.StartsWith('\'') ? value.Trim('\'') : long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                sql.Append(line).Append('\n');
            }
        }

        return (sql.ToString(), parameters);
    }
}
