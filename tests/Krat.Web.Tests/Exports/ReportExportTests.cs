using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Krat.Domain.Common;
using Krat.Domain.Reports;
using Krat.Domain.Statistics;
using Krat.Web.Exports;

namespace Krat.Web.Tests.Exports;

/// <summary>The generic report exporters on a hand-made table, parsed back with CsvHelper and System.Text.Json.</summary>
public sealed class ReportExportTests
{
    private static readonly CultureInfo Albanian = CultureInfo.GetCultureInfo("sq-AL");

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    // A suppressed figure that (wrongly) still carries its count: the exporters must not write it.
    private static readonly ReportTable Table = new(
        "victims",
        new Label("Viktima në Krujë", "Victims in Krujë"),
        [new Label("Gjinia", "Sex"), new Label("Fëmijë", "Children"), new Label("Gjithsej", "Total")],
        [
            [ReportCell.Of(new Label("Femër", "Female")), ReportCell.Figure(new PublishedFigure(3, SuppressionState.Hidden, "x")), ReportCell.Figure(new PublishedFigure(12, SuppressionState.Shown, "12"))],
            [ReportCell.Of(new Label("Mashkull", "Male")), ReportCell.Figure(new PublishedFigure(7, SuppressionState.Withheld, string.Empty)), ReportCell.Number(9)],
        ]);

    [Fact]
    public void Csv_KeepsDisplayTexts_AddsAStateColumnPerFigureColumn_AndNeverTheHiddenCount()
    {
        var bytes = ReportExport.Csv(Table, Albanian);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default);
        Assert.Equal(["Gjinia", "Fëmijë", "Gjithsej", "Fëmijë – gjendja", "Gjithsej – gjendja"], reader.Headers);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, 5).Select(reader.GetString)]);
        }

        Assert.Equal(["Femër", "x", "12", "E fshehur: numër i vogël, ose e fshehur për të mbrojtur një të tillë", "E shfaqur"], rows[0]);
        Assert.Equal(["Mashkull", "", "9", "Pa ndarje: shumë pak", ""], rows[1]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("7", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_InEnglish_HasEnglishHeadersAndStates()
    {
        using var reader = CsvReader.Create(ReportExport.Csv(Table, English), CsvReaderOptions.Default);

        Assert.Equal(["Sex", "Children", "Total", "Children – state", "Total – state"], reader.Headers);
        Assert.True(reader.Read());
        Assert.Equal("Hidden: a small count, or hidden to protect one", reader.GetString(3));
    }

    [Fact]
    public void Json_GivesEveryFigureAState_AndASuppressedFigureNoValue()
    {
        var bytes = JsonReport.Write("test", [new("periodStart", "2023-10-01")], [Table]);

        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        Assert.Equal("test", root.GetProperty("report").GetString());
        Assert.Equal("2023-10-01", root.GetProperty("about").GetProperty("periodStart").GetString());
        var table = root.GetProperty("tables")[0];
        Assert.Equal("Viktima në Krujë", table.GetProperty("title").GetProperty("sq").GetString());
        Assert.Equal("Fëmijë", table.GetProperty("columns")[1].GetProperty("sq").GetString());
        var rows = table.GetProperty("rows");
        var hidden = rows[0][1];
        Assert.Equal("figure", hidden.GetProperty("kind").GetString());
        Assert.Equal("Hidden", hidden.GetProperty("state").GetString());
        Assert.Equal("x", hidden.GetProperty("display").GetString());
        Assert.False(hidden.TryGetProperty("value", out _));
        Assert.False(rows[1][1].TryGetProperty("value", out _));
        Assert.Equal("Withheld", rows[1][1].GetProperty("state").GetString());
        Assert.Equal(12, rows[0][2].GetProperty("value").GetInt32());
        Assert.Equal("Shown", rows[0][2].GetProperty("state").GetString());
        Assert.Equal(9, rows[1][2].GetProperty("value").GetInt32());
        Assert.Contains("Krujë", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_MarksSuppressedFiguresInText_AndEncodesLabels()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        HtmlReportTable.Render(Table, Albanian).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(writer.ToString());

        Assert.Equal("Viktima në Krujë", document.QuerySelector("caption")!.TextContent);
        Assert.Equal(3, document.QuerySelectorAll("th[scope=col]").Length);
        var suppressed = document.QuerySelectorAll("td.report-table__suppressed abbr");
        Assert.Equal(["x"], suppressed.Select(a => a.TextContent));
        Assert.Equal("E fshehur: numër i vogël, ose e fshehur për të mbrojtur një të tillë", suppressed[0].GetAttribute("title"));
        Assert.Single(document.QuerySelectorAll("td.report-table__withheld"));
    }

    [Theory]
    [InlineData("sq-AL", "Viktima në Krujë")]
    [InlineData("en", "Victims in Krujë")]
    public void Html_SitsInAFocusableScrollingRegion_NamedAfterTheTable(string culture, string name)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        HtmlReportTable.Render(Table, CultureInfo.GetCultureInfo(culture)).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(writer.ToString());

        var wrap = document.QuerySelector("table.report-table")!.ParentElement!;
        Assert.Equal("div", wrap.LocalName);
        Assert.Contains("table-wrap", wrap.ClassList);
        Assert.Equal("0", wrap.GetAttribute("tabindex"));
        Assert.Equal("region", wrap.GetAttribute("role"));
        Assert.Equal(name, wrap.GetAttribute("aria-label"));
        Assert.Null(document.QuerySelector(".table-wrap ul.report-notes"));
    }
}
