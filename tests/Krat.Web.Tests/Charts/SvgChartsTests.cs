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

    private static double Width(XElement rect) => double.Parse((string)rect.Attribute("width")!, CultureInfo.InvariantCulture);
}
