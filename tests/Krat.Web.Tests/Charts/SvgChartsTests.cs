using System.Globalization;
using System.Xml.Linq;
using Krat.Web.Charts;

namespace Krat.Web.Tests.Charts;

public sealed class SvgChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void ProgressBar_IsValidSvg_AnAccessibleImage_WithTitleAndValueText()
    {
        var html = SvgCharts.ProgressBar(0.45, "Progresi i masës 1.1: 45 %", "45 %").Value!;

        var svg = XElement.Parse(html);
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Progresi i masës 1.1: 45 %", svg.Element(Svg + "title")!.Value);
        Assert.Equal("45 %", svg.Elements(Svg + "text").Single().Value);
        Assert.DoesNotContain("style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.25, 40.0)]
    [InlineData(0.9, 144.0)]
    [InlineData(1.0, 160.0)]
    [InlineData(1.7, 160.0)]
    [InlineData(-0.3, 0.0)]
    public void ProgressBar_FillsTheTrackInProportionToTheRatio(double ratio, double expectedWidth)
    {
        var svg = SvgCharts.ProgressBarElement(ratio, "t", "v", width: 160);

        var track = svg.Elements(Svg + "rect").Single(r => (string?)r.Attribute("class") == "chart__track");
        var bar = svg.Elements(Svg + "rect").Single(r => (string?)r.Attribute("class") == "chart__bar");
        Assert.Equal(160.0, Width(track));
        Assert.Equal(expectedWidth, Width(bar), 2);
    }

    [Fact]
    public void ProgressBar_WithoutRatio_DrawsAnEmptyBar()
    {
        var svg = SvgCharts.ProgressBarElement(null, "Pa matje", "—");

        Assert.Equal(0.0, Width(svg.Elements(Svg + "rect").Single(r => (string?)r.Attribute("class") == "chart__bar")));
        Assert.Equal("—", svg.Element(Svg + "text")!.Value);
    }

    [Fact]
    public void HorizontalBars_BarLengthsAreProportionalToTheValues()
    {
        BarDatum[] data = [new("A", 10, "10"), new("B", 40, "40"), new("C", 25, "25"), new("D", 0, "0")];

        var svg = SvgCharts.HorizontalBarsElement(data, "Chart", plotWidth: 200);

        var widths = svg.Descendants(Svg + "rect").Select(Width).ToList();
        Assert.Equal([50.0, 200.0, 125.0, 0.0], widths);
        Assert.Equal(["A", "B", "C", "D"], svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart__label").Select(t => t.Value));
        Assert.Equal(["10", "40", "25", "0"], svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart__value").Select(t => t.Value));
    }

    [Fact]
    public void HorizontalBars_WithAMaximum_ScaleToIt_AndClampLargerValues()
    {
        BarDatum[] data = [new("Parandalim", 50, "50 %"), new("Mbrojtje", 130, "130 %")];

        var svg = SvgCharts.HorizontalBarsElement(data, "Progresi", max: 100, plotWidth: 300);

        Assert.Equal([150.0, 300.0], svg.Descendants(Svg + "rect").Select(Width));
        Assert.Equal("Progresi", svg.Element(Svg + "title")!.Value);
        Assert.Equal("img", (string?)svg.Attribute("role"));
    }

    [Fact]
    public void HorizontalBars_PutEachLabelAboveItsBar_FromTheLeftEdge_SoNoLabelStartsOutsideTheChart()
    {
        BarDatum[] data = [new("Partneritet dhe bashkërendim", 36, "36 %"), new("Parandalim", 66, "66 %")];

        var svg = SvgCharts.HorizontalBarsElement(data, "Progresi sipas shtyllave", max: 100, plotWidth: 300);

        var width = double.Parse((string)svg.Attribute("width")!, CultureInfo.InvariantCulture);
        Assert.Equal($"0 0 {width.ToString(CultureInfo.InvariantCulture)} {(string)svg.Attribute("height")!}", (string?)svg.Attribute("viewBox"));
        foreach (var row in svg.Elements(Svg + "g"))
        {
            var label = row.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "chart__label");
            var bar = row.Element(Svg + "rect")!;
            Assert.Equal("0", (string?)label.Attribute("x"));
            Assert.Null(label.Attribute("text-anchor"));
            Assert.True(Y(label) < Y(bar), $"The label '{label.Value}' is not above its bar.");
            Assert.True(label.Value.Length * SvgCharts.CharacterWidth <= width, $"The label '{label.Value}' is wider than the chart.");
        }

        Assert.Equal(["Partneritet dhe bashkërendim", "Parandalim"], svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart__label").Select(t => t.Value));
    }

    [Fact]
    public void HorizontalBars_LongLabel_WrapsAtASpace_ThenIsShortened_WithTheFullLabelAndValueInTheRowTitle()
    {
        var words = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"fjalë{i}"));
        BarDatum[] data = [new(words, 5, "5")];

        var svg = SvgCharts.HorizontalBarsElement(data, "Chart", plotWidth: 300);

        var row = svg.Element(Svg + "g")!;
        Assert.Equal($"{words}: 5", row.Element(Svg + "title")!.Value);
        var lines = row.Descendants(Svg + "tspan").Select(t => t.Value.TrimEnd()).ToList();
        Assert.Equal(2, lines.Count);
        var lineLength = (int)Math.Floor(double.Parse((string)svg.Attribute("width")!, CultureInfo.InvariantCulture) / SvgCharts.CharacterWidth);
        Assert.All(lines, line => Assert.InRange(line.Length, 1, lineLength));
        Assert.StartsWith(lines[0] + " " + lines[1][..^1], words, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, line => line.EndsWith("fjalë", StringComparison.Ordinal)); // broken between words, not inside one
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.True(Y(row.Element(Svg + "rect")!) > double.Parse((string)row.Descendants(Svg + "text").First().Attribute("y")!, CultureInfo.InvariantCulture) + SvgCharts.LabelLineHeight);
    }

    [Theory]
    [InlineData("Parandalim", 20, new[] { "Parandalim" })]
    [InlineData("Partneritet dhe bashkërendim", 20, new[] { "Partneritet dhe", "bashkërendim" })]
    [InlineData("një dy tre katër pesë gjashtë shtatë", 10, new[] { "një dy tre", "katër…" })]
    [InlineData("Ndërinstitucionalisht", 10, new[] { "Ndërinstit", "ucionalis…" })]
    [InlineData("", 10, new[] { "" })]
    public void LabelLines_BreakAtSpaces_CutOverlongWords_AndEndWithAnEllipsisWhenTextIsLeftOut(string label, int lineLength, string[] expected)
    {
        Assert.Equal(expected, SvgCharts.LabelLines(label, lineLength));
    }

    [Fact]
    public void Labels_AreEncoded_SoMarkupInDataStaysText()
    {
        BarDatum[] data = [new("<script>alert(1)</script> & \"ë\"", 1, "<b>1</b>")];

        var html = SvgCharts.HorizontalBars(data, "Title <i>&</i>").Value!;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var svg = XElement.Parse(html);
        Assert.Equal("<script>alert(1)</script> & \"ë\"", svg.Descendants(Svg + "text").First().Value);
        Assert.Equal("Title <i>&</i>", svg.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Geometry_UsesInvariantNumbers_WhateverTheCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("sq-AL");
            var html = SvgCharts.ProgressBar(1.0 / 3, "t", "33 %", width: 100).Value!;

            var bar = XElement.Parse(html).Elements(Svg + "rect").Single(r => (string?)r.Attribute("class") == "chart__bar");
            Assert.Equal("33.33", (string?)bar.Attribute("width"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void ExtraClasses_AreAddedToTheSvg_ForStylingWithoutInlineStyles()
    {
        var svg = SvgCharts.ProgressBarElement(0.5, "t", "50 %", "progress--behind");

        Assert.Equal("chart chart--progress progress--behind", (string?)svg.Attribute("class"));
        Assert.All(svg.DescendantsAndSelf(), e => Assert.Null(e.Attribute("style")));
    }

    private static double Y(XElement element) => double.Parse((string)element.Attribute("y")!, CultureInfo.InvariantCulture);

    private static double Width(XElement rect) => double.Parse((string)rect.Attribute("width")!, CultureInfo.InvariantCulture);
}
