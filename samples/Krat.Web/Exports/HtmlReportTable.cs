using System.Globalization;
using Krat.Domain.Common;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Web.Hosting;
using Krat.Web.Localization;
using Microsoft.AspNetCore.Html;

namespace Krat.Web.Exports;

/// <summary>
/// A report table as an accessible HTML table (caption, column headers with scope, the first cell of each row a
/// row header), text encoded, in the reader's language. Numbers and figures are right-aligned by the
/// <c>report-table__number</c> class; a suppressed figure shows its published marker ("&lt;5", "x") inside an
/// <c>abbr</c> whose title names the suppression, with the class <c>report-table__suppressed</c> — the meaning is in
/// the text, not in colour. The table's notes (what it counts, how its rows reconcile) follow it as a list
/// (<c>ul.report-notes</c>). The table sits in its own scrolling box (<see cref="TableWrap"/>), like every table of
/// the site's pages, so that a wide report scrolls inside the page on a phone. Used by every report page and by the
/// printable view.
/// </summary>
public static class HtmlReportTable
{
    /// <summary>Renders <paramref name="table"/>; <paramref name="cellClass"/> may add a class to a cell (row, column) and a marker text after it.</summary>
    public static IHtmlContent Render(ReportTable table, CultureInfo? culture = null, Func<int, int, (string CssClass, string Marker)?>? cellClass = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var html = new HtmlContentBuilder();
        html.AppendHtml(TableWrap.Open(table.Title.In(culture), culture));
        html.AppendHtml($"<table class=\"report-table\" data-table=\"");
        html.Append(table.Key);
        html.AppendHtml("\"><caption>");
        html.Append(table.Title.In(culture));
        html.AppendHtml("</caption><thead><tr>");
        foreach (var column in table.Columns)
        {
            html.AppendHtml("<th scope=\"col\">");
            html.Append(column.In(culture));
            html.AppendHtml("</th>");
        }

        html.AppendHtml("</tr></thead><tbody>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.AppendHtml("<tr>");
            var row = table.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                var cell = row[c];
                var extra = cellClass?.Invoke(r, c);
                var classes = new List<string>();
                if (cell.Kind != ReportCellKind.Text)
                {
                    classes.Add("report-table__number");
                }

                if (cell.IsSuppressed)
                {
                    classes.Add(cell.State == SuppressionState.Withheld ? "report-table__withheld" : "report-table__suppressed");
                }

                if (extra is { } e)
                {
                    classes.Add(e.CssClass);
                }

                var tag = c == 0 ? "th" : "td";
                html.AppendHtml(c == 0 ? "<th scope=\"row\"" : "<td");
                if (classes.Count > 0)
                {
                    html.AppendHtml(" class=\"");
                    html.Append(string.Join(' ', classes));
                    html.AppendHtml("\"");
                }

                html.AppendHtml(">");
                if (cell.State == SuppressionState.Hidden)
                {
                    html.AppendHtml("<abbr title=\"");
                    html.Append(cell.State.Label().In(culture));
                    html.AppendHtml("\">");
                    html.Append(cell.Text.In(culture));
                    html.AppendHtml("</abbr>");
                }
                else
                {
                    html.Append(Shown(cell, culture));
                }

                if (extra is { Marker.Length: > 0 } marked)
                {
                    html.AppendHtml(" <span class=\"report-table__marker\">");
                    html.Append(marked.Marker);
                    html.AppendHtml("</span>");
                }

                html.AppendHtml($"</{tag}>");
            }

            html.AppendHtml("</tr>");
        }

        html.AppendHtml("</tbody></table>");
        html.AppendHtml(TableWrap.Close);
        if (table.Notes.Count > 0)
        {
            html.AppendHtml("<ul class=\"report-notes\" data-notes=\"");
            html.Append(table.Key);
            html.AppendHtml("\">");
            foreach (var note in table.Notes)
            {
                html.AppendHtml("<li>");
                html.Append(note.In(culture));
                html.AppendHtml("</li>");
            }

            html.AppendHtml("</ul>");
        }

        return html;
    }

    /// <summary>
    /// A shown cell's text in the reader's format (<see cref="Formats"/>): numbers grouped, percentages whole, ISO days
    /// as the culture writes days. The table keeps ISO and invariant texts for the files (CSV, JSON).
    /// </summary>
    private static string Shown(ReportCell cell, CultureInfo? culture)
    {
        var text = cell.Text.In(culture);
        return cell switch
        {
            { Kind: ReportCellKind.Number or ReportCellKind.Figure, Value: { } value } when text.EndsWith('%') => Formats.Percent((double)value / 100, culture),
            { Kind: ReportCellKind.Number or ReportCellKind.Figure, Value: { } value } => Formats.Number(value, culture),
            { Kind: ReportCellKind.Text } when Formats.ParseIso(text) is { } day => Formats.Date(day, culture),
            _ => text,
        };
    }
}
