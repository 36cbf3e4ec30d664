using System.Text.Json;
using Krat.Benchmarks.Data;
using Krat.Demo.History;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Krat.Benchmarks.Questions;

/// <summary>Recording activities: through the repository (one AddRangeAsync, one SaveChanges) or a batched raw insert.</summary>
public static class WriteWays
{
    private const string InsertSql =
        "INSERT INTO Activities (Id, CommitteeId, County, Kind, Status, Title, Description, PlannedStart, PlannedEnd, ActualStart, ActualEnd, " +
        "EffectiveDate, Municipalities, Venue, LeadOrganisationId, PartnerOrganisationIds, TargetGroups, ReachTotal, ReachWomen, ReachMen, " +
        "ReachChildren, ReachAdults, MeasureId, CampaignId, Visibility, StatusReason, SearchText, CreatedAt, CreatedBy, ModifiedAt, ModifiedBy, Version) " +
        "VALUES ($id, $committee, $county, $kind, $status, $title, $description, $plannedStart, $plannedEnd, $actualStart, $actualEnd, " +
        "$effective, $municipalities, $venue, $lead, $partners, $groups, $total, $women, $men, $children, $adults, $measure, $campaign, " +
        "$visibility, $reason, $search, $now, $user, $now, $user, $version)";

    private static readonly string[] Parameters =
    [
        "$id", "$committee", "$county", "$kind", "$status", "$title", "$description", "$plannedStart", "$plannedEnd", "$actualStart", "$actualEnd",
        "$effective", "$municipalities", "$venue", "$lead", "$partners", "$groups", "$total", "$women", "$men", "$children", "$adults", "$measure",
        "$campaign", "$visibility", "$reason", "$search", "$now", "$user", "$version",
    ];

    /// <summary>The first <paramref name="count"/> activities of the one-year history the write base was built from (fresh objects).</summary>
    public static List<Activity> Generate(long historySize, int count) =>
        [.. HistoryGenerator.Generate(HistoryOptions.ForTotalActivities(historySize, 1, BenchDatabase.Seed)).Activities().Take(count)];

    /// <summary>Krat's way: <see cref="EfRepository{T}.AddRangeAsync"/> (stages) then one <see cref="EfRepository{T}.SaveChangesAsync"/> on a fresh context.</summary>
    public static async Task<int> AddRangeLibrary(string path, IReadOnlyList<Activity> activities)
    {
        await using var context = BenchDatabase.Context(BenchDatabase.Options(path));
        var repository = new EfRepository<Activity>(context, SpecificationEvaluator.Default);
        var staged = await repository.AddRangeAsync(activities);
        await repository.SaveChangesAsync();
        return staged.Count();
    }

    /// <summary>The floor: one transaction, one prepared INSERT, parameters rebound per row.</summary>
    public static async Task<int> InsertRaw(string path, IReadOnlyList<Activity> activities)
    {
        await using var connection = new SqliteConnection(BenchDatabase.ConnectionString(path));
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        var p = Parameters.ToDictionary(name => name, name => command.Parameters.Add(name, SqliteType.Text));
        command.Prepare();
        var now = SystemClock.Instance.GetCurrentInstant().ToUnixTimeTicks();
        var inserted = 0;
        foreach (var a in activities)
        {
            p["$id"].Value = Ways.Id(a.Id.Value);
            p["$committee"].Value = Ways.Id(a.CommitteeId.Value);
            p["$county"].Value = a.County.Value;
            p["$kind"].Value = (int)a.Kind;
            p["$status"].Value = (int)a.Status;
            p["$title"].Value = a.Title;
            p["$description"].Value = (object?)a.Description ?? DBNull.Value;
            // The columns keep a one-day activity's last day empty, as the aggregate stores it.
            p["$plannedStart"].Value = Ways.Day(a.PlannedDays.Start);
            p["$plannedEnd"].Value = a.PlannedDays.End != a.PlannedDays.Start ? Ways.Day(a.PlannedDays.End) : DBNull.Value;
            p["$actualStart"].Value = a.ActualDays is { } held ? Ways.Day(held.Start) : DBNull.Value;
            p["$actualEnd"].Value = a.ActualDays is { } days && days.End != days.Start ? Ways.Day(days.End) : DBNull.Value;
            p["$effective"].Value = Ways.Day(a.EffectiveDate);
            p["$municipalities"].Value = JsonSerializer.Serialize(a.Municipalities.Select(m => m.Name));
            p["$venue"].Value = (object?)a.Venue ?? DBNull.Value;
            p["$lead"].Value = Ways.Id(a.LeadOrganisationId.Value);
            p["$partners"].Value = JsonSerializer.Serialize(a.PartnerOrganisationIds.Select(o => Ways.Id(o.Value)));
            p["$groups"].Value = JsonSerializer.Serialize(a.TargetGroups.Select(g => (int)g));
            p["$total"].Value = (object?)a.Reach?.Total ?? DBNull.Value;
            p["$women"].Value = (object?)a.Reach?.Women ?? DBNull.Value;
            p["$men"].Value = (object?)a.Reach?.Men ?? DBNull.Value;
            p["$children"].Value = (object?)a.Reach?.Children ?? DBNull.Value;
            p["$adults"].Value = (object?)a.Reach?.Adults ?? DBNull.Value;
            p["$measure"].Value = a.MeasureId is { } measure ? Ways.Id(measure.Value) : DBNull.Value;
            p["$campaign"].Value = a.CampaignId is { } campaign ? Ways.Id(campaign.Value) : DBNull.Value;
            p["$visibility"].Value = (int)a.Visibility;
            p["$reason"].Value = (object?)a.StatusReason ?? DBNull.Value;
            // The folded text Krat.Infrastructure stores on save (the activity's search key: title, description, venue, municipalities).
            p["$search"].Value = AlbanianText.FoldAll([a.Title, a.Description, a.Venue, .. a.Municipalities.Select(m => m.Name)]);
            p["$now"].Value = now;
            p["$user"].Value = "system";
            p["$version"].Value = a.Version;
            inserted += await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return inserted;
    }
}
