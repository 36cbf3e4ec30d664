using Microsoft.Data.Sqlite;

namespace Krat.Web.Data;

/// <summary>Where the site's SQLite file is.</summary>
public static class SqliteFile
{
    /// <summary>
    /// Returns <paramref name="connectionString"/> with a relative <c>Data Source</c> made absolute under
    /// <paramref name="contentRoot"/>, so the site opens the same file whatever the working directory.
    /// In-memory and absolute data sources are returned unchanged.
    /// </summary>
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource.Length > 0
            && builder.DataSource != ":memory:"
            && builder.Mode != SqliteOpenMode.Memory
            && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }
}
