using Krat.Infrastructure.Tests.TestSupport;

namespace Krat.Infrastructure.Tests.Reports;

// The campaign report reads a campaign's activities of one committee (public ones only for the public). Without
// ANALYZE statistics SQLite picks the index with the most equal columns: the campaign's own index must win over the
// committee-and-visibility index, or the report reads every public activity of the committee (29.11: 189 requests/s;
// 4.12 before this index: 30).
public sealed class CampaignReportPlanTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TheCampaignsActivities_AreFoundThroughTheCampaignIndex_OnSqlite(bool publicOnly)
    {
        using var database = TestDatabase.Migrated(TestProvider.Sqlite);
        using var command = database.Connection.CreateCommand();
        command.CommandText =
            "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM \"Activities\" AS a WHERE a.\"CommitteeId\" = 'k' AND a.\"CampaignId\" = 'c'"
            + (publicOnly ? " AND a.\"Visibility\" = 1" : string.Empty);
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, line => line.Contains("IX_Activities_CampaignId_CommitteeId_Visibility", StringComparison.Ordinal));
    }
}
