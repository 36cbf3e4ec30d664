using System.Net;
using CsvHelper;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Geography;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Visibility = Krat.Domain.Activities.Visibility;

namespace Krat.Web.Tests.Activities;

/// <summary>The CSV download of the filtered list, parsed back with CsvHelper.</summary>
public sealed class ActivitiesExportTests(ActivitiesSite site) : IClassFixture<ActivitiesSite>
{
    private static readonly IReadOnlyList<Activity> Scenario = DurresScenario.Build().Activities;

    [Fact]
    public async Task Export_OfTheFilteredList_HasTheBom_AlbanianHeaders_OneRowPerActivity_AndIntactDiacritics()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var expected = Scenario.Where(a => a.Municipalities.Contains(Albania.Municipality("Krujë"))).OrderByDescending(a => a.EffectiveDate).ThenBy(a => a.Id).ToList();
        var page = await client.GetDocumentAsync("/Activities?municipality=Kruj%C3%AB");
        var href = page.QuerySelector("[data-testid=activities-export]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("aktivitetet-Durrës-2023-10-31.csv", disposition.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default);
        Assert.Equal(["Data", "Titulli", "Lloji", "Statusi"], reader.Headers.Take(4));
        Assert.Contains("Bashkitë", reader.Headers);
        var rows = new List<(string Date, string Title, string Kind, string Status, string Municipalities)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString("Bashkitë")));
        }

        Assert.Equal(ActivityPages.Count(page), rows.Count);
        Assert.Equal(expected.Select(a => a.Title), rows.Select(r => r.Title));
        Assert.Equal(expected.Select(a => a.EffectiveDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r.Date));
        Assert.All(rows, r => Assert.Contains("Krujë", r.Municipalities, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Status == "Anuluar" && r.Kind == "Aktivitet sportiv");
    }

    [Fact]
    public async Task Export_InEnglish_HasEnglishHeadersAndLabels()
    {
        using var client = site.CreateSiteClient();
        await client.SwitchCultureAsync("en");

        using var response = await client.GetAsync("/Activities?handler=Export&status=Cancelled");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default);
        Assert.Equal(["Date", "Title", "Kind", "Status"], reader.Headers.Take(4));
        Assert.True(reader.Read());
        Assert.Equal("Cancelled", reader.GetString(3));
        Assert.Equal("Sports event", reader.GetString(2));
        Assert.False(reader.Read());
        Assert.StartsWith("activities-Durrës-", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ForThePublic_HoldsPublicActivitiesOnly()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync("/Activities?handler=Export&visibility=Internal");

        using var reader = CsvReader.Create(await response.Content.ReadAsByteArrayAsync(), CsvReaderOptions.Default);
        var titles = new List<string>();
        while (reader.Read())
        {
            titles.Add(reader.GetString(1));
        }

        Assert.Equal(Scenario.Where(a => a.Visibility == Visibility.Public).Select(a => a.Title).Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
    }
}
