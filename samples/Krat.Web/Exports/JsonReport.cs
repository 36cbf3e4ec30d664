using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Krat.Domain.Common;
using Krat.Domain.Reports;
using Microsoft.AspNetCore.Mvc;

namespace Krat.Web.Exports;

/// <summary>
/// A report's tables as UTF-8 JSON, written with System.Text.Json:
/// <c>{ "report", "about": { name: value… }, "tables": [ { "key", "title": {sq, en}, "columns": [{sq, en}…],
/// "rows": [ [ cell… ]… ], "notes"?: [{sq, en}…] } ] }</c> (notes when the table has any: what it counts, how its
/// rows reconcile). A cell is <c>{ "kind": "text", "text": {sq, en} }</c>,
/// <c>{ "kind": "number", "text", "value" }</c> or <c>{ "kind": "figure", "display", "state", "value"? }</c>:
/// every published figure carries its suppression state ("Shown", "PrimarySuppressed", "SecondarySuppressed"), and
/// only a shown figure carries a value — a suppressed figure's value is never written. Dates in <c>about</c> are
/// ISO-8601 strings (uuuu-MM-dd); Albanian letters (ë, ç) are written as themselves, not escaped.
/// </summary>
public static class JsonReport
{
    public const string ContentType = "application/json; charset=utf-8";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA),
    };

    /// <summary>Writes the report named <paramref name="report"/> with its descriptive values and its tables.</summary>
    public static byte[] Write(string report, IReadOnlyList<KeyValuePair<string, string>> about, IReadOnlyList<ReportTable> tables)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(report);
        ArgumentNullException.ThrowIfNull(about);
        ArgumentNullException.ThrowIfNull(tables);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("report", report);
            json.WriteStartObject("about");
            foreach (var (name, value) in about)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
            json.WriteStartArray("tables");
            foreach (var table in tables)
            {
                WriteTable(json, table);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>The JSON as a download named <paramref name="fileName"/>.</summary>
    public static FileContentResult Download(string fileName, string report, IReadOnlyList<KeyValuePair<string, string>> about, IReadOnlyList<ReportTable> tables) =>
        new(Write(report, about, tables), ContentType) { FileDownloadName = fileName };

    private static void WriteTable(Utf8JsonWriter json, ReportTable table)
    {
        json.WriteStartObject();
        json.WriteString("key", table.Key);
        WriteLabel(json, "title", table.Title);
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            WriteLabel(json, null, column);
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartArray();
            foreach (var cell in row)
            {
                WriteCell(json, cell);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        if (table.Notes.Count > 0)
        {
            json.WriteStartArray("notes");
            foreach (var note in table.Notes)
            {
                WriteLabel(json, null, note);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter json, ReportCell cell)
    {
        json.WriteStartObject();
        switch (cell.Kind)
        {
            case ReportCellKind.Figure:
                json.WriteString("kind", "figure");
                json.WriteString("display", cell.Text.Albanian);
                json.WriteString("state", cell.State.ToString());
                if (!cell.IsSuppressed && cell.Value is { } shown)
                {
                    json.WriteNumber("value", shown);
                }

                break;
            case ReportCellKind.Number:
                json.WriteString("kind", "number");
                json.WriteString("text", cell.Text.Albanian);
                if (cell.Value is { } value)
                {
                    json.WriteNumber("value", value);
                }
                else
                {
                    json.WriteNull("value");
                }

                break;
            default:
                json.WriteString("kind", "text");
                WriteLabel(json, "text", cell.Text);
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteLabel(Utf8JsonWriter json, string? name, Label label)
    {
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        json.WriteString("sq", label.Albanian);
        json.WriteString("en", label.English);
        json.WriteEndObject();
    }
}
