namespace Krat.Infrastructure.Tests.TestSupport;

/// <summary>Where a test's assertion belongs to one engine only.</summary>
public static class Engine
{
    /// <summary>The reason given when a test asserts the SQL text SQLite receives (PostgreSQL's SQL differs in spelling only).</summary>
    public const string SqliteSqlText = "This test asserts the SQL text SQLite receives; on PostgreSQL the same query is checked by its results in the other tests of the class.";

    /// <summary>The reason given when a scoped context lifts the committee filter: row-level security still limits the session.</summary>
    public const string RowLevelSecurity = "On PostgreSQL row-level security limits a scoped session to its committee even when a query lifts the filter; RowLevelSecurityTests asserts that instead.";

    /// <summary>Skips the running test on PostgreSQL with the reason.</summary>
    public static void SkipOnPostgreSql(TestProvider provider, string reason) => Skip.If(provider == TestProvider.PostgreSql, reason);
}
