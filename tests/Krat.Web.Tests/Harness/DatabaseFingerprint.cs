using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Krat.Web.Tests.Harness;

/// <summary>
/// A cheap fingerprint of the site's domain tables (every row of every table, hashed), to assert that a refused
/// request changed nothing. The accounts' tables and the data-protection key ring are left out: a login or logout
/// changes the accounts on purpose, and the site writes its first key when it first protects a cookie or token.
/// </summary>
public static class DatabaseFingerprint
{
    /// <summary>The SHA-256 of every domain table's rows, table by table, in key order.</summary>
    public static string Of(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'AspNet%' AND name <> 'DataProtectionKeys' AND name NOT LIKE '__EF%' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"#{table}\n"));
            using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = rows.ExecuteReader();
            var values = new object[reader.FieldCount];
            while (reader.Read())
            {
                reader.GetValues(values);
                hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\u001f', values.Select(v => v is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))) + "\n"));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
