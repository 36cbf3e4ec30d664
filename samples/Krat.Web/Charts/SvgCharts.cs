using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace Krat.Web.Charts;

/// <summary>One bar of a <see cref="SvgCharts.HorizontalBars"/> chart.</summary>
/// <param name="Label">What the bar stands for, written left of it (plain text; encoded by the chart).</param>
/// <param name="Value">Its length, from 0 to the chart's maximum; negative values draw no bar.</param>
/// <param name="ValueText">The value as the reader sees it, written right of the bar ("45 %", "120").</param>
/// <param name="CssClass">Extra class of the bar, e.g. "chart__bar--behind"; null for none.</param>
public sealed record BarDatum(string Label, double Value, string ValueText, string? CssClass = null);

/// <summary>
/// Server-rendered SVG charts for pages under a strict Content-Security-Policy: no script, no style attribute, only
/// SVG presentation attributes (fill, width…) that CSS classes may override. Every chart is an accessible image
/// (<c>role="img"</c>, a <c>&lt;title&gt;</c> naming it) and writes its values as text beside the bars, so the
/// numbers never depend on colour or on seeing the bar. Text is XML-encoded; numbers in geometry are invariant.
/// </summary>
public static class SvgCharts
{
    /// <summary>The SVG namespace.</summary>
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const string TrackFill = "#e3e7ed";
    private const string BarFill = "#0b4f8a";
    private const double RowHeight = 24;
    private const double BarHeight = 16;
    private const double RowGap = 4;

    /// <summary>The height of a line of a bar's label, in user units.</summary>
    internal const double LabelLineHeight = 15;

    /// <summary>The widest average character of the 12 px chart font, in user units, for wrapping labels.</summary>
    internal const double CharacterWidth = 7.2;

    /// <summary>The most lines a bar's label takes before it is shortened.</summary>
    private const int MaxLabelLines = 2;

    /// <summary>
    /// A progress bar: a track of <paramref name="width"/> units with a filled part of <paramref name="ratio"/> × width,
    /// and <paramref name="valueText"/> written after it. A null ratio draws the empty track ("not measured").
    /// </summary>
    /// <param name="ratio">From 0 to 1 (clamped), or null when unknown.</param>
    /// <param name="title">The accessible name, e.g. "Progress of measure 1.1: 45 %".</param>
    /// <param name="valueText">The value as text beside the bar, e.g. "45 %" or "—".</param>
    /// <param name="cssClass">Extra class on the svg element, e.g. "progress--behind".</param>
    /// <param name="width">The length of the track in user units.</param>
    /// <returns>The svg element as HTML.</returns>
    public static HtmlString ProgressBar(double? ratio, string title, string valueText, string? cssClass = null, double width = 160) =>
        new(ProgressBarElement(ratio, title, valueText, cssClass, width).ToString(SaveOptions.DisableFormatting));

    /// <summary>The element of <see cref="ProgressBar"/>, for tests and composition.</summary>
    /// <param name="ratio">From 0 to 1 (clamped), or null when unknown.</param>
    /// <param name="title">The accessible name.</param>
    /// <param name="valueText">The value written beside the bar.</param>
    /// <param name="cssClass">Extra class on the svg element.</param>
    /// <param name="width">The length of the track.</param>
    /// <returns>The svg element.</returns>
    public static XElement ProgressBarElement(double? ratio, string title, string valueText, string? cssClass = null, double width = 160)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(valueText);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        const double textWidth = 56;
        var filled = ratio is { } r && !double.IsNaN(r) ? Math.Clamp(r, 0, 1) * width : 0;
        var total = width + textWidth;
        return Chart(
            Classes("chart chart--progress", cssClass),
            total,
            RowHeight,
            title,
            new XElement(
                Svg + "rect",
                new XAttribute("class", "chart__track"),
                new XAttribute("x", "0"),
                new XAttribute("y", N((RowHeight - BarHeight) / 2)),
                new XAttribute("width", N(width)),
                new XAttribute("height", N(BarHeight)),
                new XAttribute("fill", TrackFill)),
            new XElement(
                Svg + "rect",
                new XAttribute("class", "chart__bar"),
                new XAttribute("x", "0"),
                new XAttribute("y", N((RowHeight - BarHeight) / 2)),
                new XAttribute("width", N(filled)),
                new XAttribute("height", N(BarHeight)),
                new XAttribute("fill", BarFill)),
            new XElement(
                Svg + "text",
                new XAttribute("class", "chart__value"),
                new XAttribute("x", N(width + 6)),
                new XAttribute("y", N((RowHeight / 2) + 5)),
                valueText));
    }

    /// <summary>
    /// A horizontal bar chart: one row per datum, its label on a line of its own above a bar of length value / max ×
    /// the plot width, and its value text right of the bar. Labels sit above the bars so that the chart is only as
    /// wide as a bar and its value, and stays legible when a phone scales it to its width. A label longer than a line
    /// wraps onto a second line at a space, and is shortened with "…" past two lines; the row's <c>&lt;title&gt;</c>
    /// always holds the full label and the value.
    /// </summary>
    /// <param name="bars">The rows, in order.</param>
    /// <param name="title">The accessible name of the chart.</param>
    /// <param name="max">The value of a full-length bar; the largest value when null (at least 1).</param>
    /// <param name="cssClass">Extra class on the svg element.</param>
    /// <param name="plotWidth">The length of a full bar.</param>
    /// <returns>The svg element as HTML.</returns>
    public static HtmlString HorizontalBars(IReadOnlyList<BarDatum> bars, string title, double? max = null, string? cssClass = null, double plotWidth = 300) =>
        new(HorizontalBarsElement(bars, title, max, cssClass, plotWidth).ToString(SaveOptions.DisableFormatting));

    /// <summary>The element of <see cref="HorizontalBars"/>, for tests and composition.</summary>
    /// <param name="bars">The rows, in order.</param>
    /// <param name="title">The accessible name of the chart.</param>
    /// <param name="max">The value of a full-length bar.</param>
    /// <param name="cssClass">Extra class on the svg element.</param>
    /// <param name="plotWidth">The length of a full bar.</param>
    /// <returns>The svg element.</returns>
    public static XElement HorizontalBarsElement(IReadOnlyList<BarDatum> bars, string title, double? max = null, string? cssClass = null, double plotWidth = 300)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plotWidth);
        var scale = max is > 0 ? max.Value : Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => double.IsNaN(b.Value) ? 0 : b.Value));
        const double textWidth = 70;
        var total = plotWidth + textWidth;
        var lineLength = (int)Math.Floor(total / CharacterWidth);
        var rows = new List<XElement>(bars.Count);
        var top = 0.0;
        foreach (var bar in bars)
        {
            var lines = LabelLines(bar.Label, lineLength);
            var label = new XElement(
                Svg + "text",
                new XAttribute("class", "chart__label"),
                new XAttribute("x", "0"),
                new XAttribute("y", N(top + LabelLineHeight - 3)));
            if (lines.Count == 1)
            {
                label.Add(lines[0]);
            }
            else
            {
                // The lines' text joined is the label (a space ends every line but the last), so the label reads whole.
                label.Add(lines.Select((line, i) => new XElement(
                    Svg + "tspan",
                    new XAttribute("x", "0"),
                    new XAttribute("dy", i == 0 ? "0" : N(LabelLineHeight)),
                    i < lines.Count - 1 ? line + " " : line)));
            }

            var barTop = top + (lines.Count * LabelLineHeight);
            var length = double.IsNaN(bar.Value) ? 0 : Math.Clamp(bar.Value / scale, 0, 1) * plotWidth;
            rows.Add(new XElement(
                Svg + "g",
                new XAttribute("class", Classes("chart__row", bar.CssClass)),
                new XElement(Svg + "title", $"{bar.Label}: {bar.ValueText}"),
                label,
                new XElement(
                    Svg + "rect",
                    new XAttribute("class", "chart__bar"),
                    new XAttribute("x", "0"),
                    new XAttribute("y", N(barTop + ((RowHeight - BarHeight) / 2))),
                    new XAttribute("width", N(length)),
                    new XAttribute("height", N(BarHeight)),
                    new XAttribute("fill", BarFill)),
                new XElement(
                    Svg + "text",
                    new XAttribute("class", "chart__value"),
                    new XAttribute("x", N(length + 6)),
                    new XAttribute("y", N(barTop + (RowHeight / 2) + 5)),
                    bar.ValueText)));
            top = barTop + RowHeight + RowGap;
        }

        var height = Math.Max(RowHeight, top);
        return Chart(Classes("chart chart--bars", cssClass), total, height, title, rows);
    }

    /// <summary>
    /// The svg element of a chart: an image named <paramref name="title"/>, drawn in a box of <paramref name="width"/> ×
    /// <paramref name="height"/> user units that the page may scale (viewBox), holding <paramref name="content"/>.
    /// </summary>
    private static XElement Chart(string classes, double width, double height, string title, params object[] content) =>
        new(
            Svg + "svg",
            new XAttribute("class", classes),
            new XAttribute("role", "img"),
            new XAttribute("width", N(width)),
            new XAttribute("height", N(height)),
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XElement(Svg + "title", title),
            content);

    /// <summary>
    /// <paramref name="label"/> in lines of at most <paramref name="lineLength"/> characters, broken at spaces (a word
    /// longer than a line is cut), at most <see cref="MaxLabelLines"/> lines; the last ends with "…" when text was left
    /// out, after its last whole word when it has more than one.
    /// </summary>
    internal static IReadOnlyList<string> LabelLines(string label, int lineLength)
    {
        ArgumentNullException.ThrowIfNull(label);
        lineLength = Math.Max(2, lineLength);
        var lines = new List<string>();
        var line = "";
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (candidate.Length <= lineLength)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (line.Length > lineLength)
            {
                lines.Add(line[..lineLength]);
                line = line[lineLength..];
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line);
        }

        if (lines.Count <= MaxLabelLines)
        {
            return lines;
        }

        var last = lines[MaxLabelLines - 1];
        lines.RemoveRange(MaxLabelLines - 1, lines.Count - MaxLabelLines + 1);
        if (last.Length >= lineLength)
        {
            // Room for the ellipsis: drop the last word that does not fit whole, or cut a single word.
            last = last[..(lineLength - 1)];
            var space = last.LastIndexOf(' ');
            last = space > 0 ? last[..space] : last;
        }

        lines.Add(last.TrimEnd() + "…");
        return lines;
    }

    private static string Classes(string fixedClasses, string? extra) =>
        string.IsNullOrWhiteSpace(extra) ? fixedClasses : $"{fixedClasses} {extra.Trim()}";

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
