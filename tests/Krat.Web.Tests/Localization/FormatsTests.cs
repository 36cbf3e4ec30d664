using System.Globalization;
using Krat.Web.Localization;
using NodaTime;

namespace Krat.Web.Tests.Localization;

/// <summary>The one formatter of the site, in both cultures: pages in the reader's format, files in ISO.</summary>
public sealed class FormatsTests
{
    private static readonly CultureInfo Albanian = CultureInfo.GetCultureInfo("sq-AL");

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly LocalDate Closing = new(2023, 10, 31);

    [Fact]
    public void Date_IsDayMonthYearWithDots_InAlbanian_AndDayShortMonthYear_InEnglish()
    {
        Assert.Equal("31.10.2023", In(Albanian, () => Formats.Date(Closing)));
        Assert.Equal("05.03.2024", In(Albanian, () => Formats.Date(new LocalDate(2024, 3, 5))));
        Assert.Equal("31 Oct 2023", In(English, () => Formats.Date(Closing)));
        Assert.Equal("5 Mar 2024", In(English, () => Formats.Date(new LocalDate(2024, 3, 5))));
        Assert.Equal(string.Empty, In(English, () => Formats.Date((LocalDate?)null)));
    }

    [Fact]
    public void Days_ShowsOneDayOnce_AndARangeWithADash()
    {
        Assert.Equal("05.10.2023", In(Albanian, () => Formats.Days(new LocalDate(2023, 10, 5), new LocalDate(2023, 10, 5))));
        Assert.Equal("5 Oct 2023 – 7 Oct 2023", In(English, () => Formats.Days(new LocalDate(2023, 10, 5), new LocalDate(2023, 10, 7))));
    }

    [Fact]
    public void Moment_IsOnTiranaTime()
    {
        var summer = Instant.FromUtc(2023, 10, 31, 9, 15);   // 10:15 in Tirana (CET, UTC+1)

        Assert.Equal("31.10.2023 10:15", In(Albanian, () => Formats.Moment(summer)));
        Assert.Equal("31 Oct 2023 10:15", In(English, () => Formats.Moment(summer)));
    }

    [Fact]
    public void Number_GroupsThousands_TheCulturesWay_WithTheSameSeparatorEverywhere()
    {
        var group = Albanian.NumberFormat.NumberGroupSeparator;
        var decimalMark = Albanian.NumberFormat.NumberDecimalSeparator;

        Assert.Equal($"20{group}544", In(Albanian, () => Formats.Number(20544)));
        Assert.Equal($"20{group}544", In(Albanian, () => Formats.Number(20544m)));
        Assert.Equal($"1{group}234{decimalMark}5", In(Albanian, () => Formats.Number(1234.5m)));
        Assert.Equal("20,544", In(English, () => Formats.Number(20544)));
        Assert.Equal("1,234.5", In(English, () => Formats.Number(1234.5m)));
        Assert.Equal("85", In(English, () => Formats.Number(85.00m)));
    }

    [Fact]
    public void Percent_IsWhole_InTheCulturesPattern_ForEveryRatio()
    {
        var albanian = new[] { 0.43, 1.0, 2.0 / 3 }.Select(r => In(Albanian, () => Formats.Percent(r))).ToList();
        var english = new[] { 0.43, 1.0, 2.0 / 3 }.Select(r => In(English, () => Formats.Percent(r))).ToList();

        Assert.Equal(["43%", "100%", "67%"], english);
        Assert.Equal([0.43.ToString("P0", Albanian), 1.0.ToString("P0", Albanian), 0.67.ToString("P0", Albanian)], albanian);
        Assert.All(albanian.Concat(english), p => Assert.DoesNotContain(".0", p, StringComparison.Ordinal));
        Assert.Equal("—", In(English, () => Formats.Percent(null)));
    }

    [Fact]
    public void Iso_IsTheSameInBothCultures()
    {
        foreach (var culture in new[] { Albanian, English })
        {
            Assert.Equal("2023-10-31", In(culture, () => Formats.Iso(Closing)));
            Assert.Equal("20544.5", In(culture, () => Formats.Iso(20544.50m)));
            Assert.Equal(Closing, In(culture, () => Formats.ParseIso("2023-10-31")));
        }

        Assert.Null(Formats.ParseIso("31.10.2023"));
    }

    private static T In<T>(CultureInfo culture, Func<T> format)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return format();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
