using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using NodaTime;
using Visibility = Krat.Domain.Activities.Visibility;

namespace Krat.Web.Tests.Activities;

/// <summary>
/// The list of activities on the seeded Durrës scenario: each filter narrows to what the scenario says, visibility
/// by role, diacritic-insensitive search, links that keep the filters. Nothing here changes the database.
/// </summary>
public sealed class ActivitiesListTests(ActivitiesSite site) : IClassFixture<ActivitiesSite>
{
    private static readonly IReadOnlyList<Activity> Scenario = DurresScenario.Build().Activities;

    public static TheoryData<string, string> Filters() => new()
    {
        { "municipality", "Krujë" },
        { "municipality", "Shijak" },
        { "group", nameof(TargetGroup.Parents) },
        { "measure", DemoIds.Measure(1).Value.ToString() },
        { "campaign", DemoIds.October2023.Value.ToString() },
        { "organisation", DemoIds.MunicipalityShijak.Value.ToString() },
        { "organisation", DemoIds.EducationOffice.Value.ToString() },
        { "status", nameof(ActivityStatus.Completed) },
        { "status", nameof(ActivityStatus.Cancelled) },
        { "visibility", nameof(Visibility.Internal) },
        { "from", "2023-10-15" },
        { "to", "2023-10-12" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task EachFilter_NarrowsTheList_ToTheScenarioActivitiesThatMatch(string name, string value)
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var expected = Scenario.Where(Matches(name, value)).Select(a => a.Id.Value).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < Scenario.Count);

        var document = await client.GetDocumentAsync($"/Activities?{name}={Uri.EscapeDataString(value)}");

        Assert.Equal(expected.Count, ActivityPages.Count(document));
        Assert.Equal(expected, ActivityPages.RowIds(document).Order().ToList());
    }

    [Fact]
    public async Task Filters_Combine()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var expected = Scenario.Where(a => a.Municipalities.Contains(Albania.Municipality("Shijak")) && a.Status == ActivityStatus.Completed).Select(a => a.Id.Value).Order().ToList();

        var document = await client.GetDocumentAsync("/Activities?municipality=Shijak&status=Completed");

        Assert.Equal(expected, ActivityPages.RowIds(document).Order().ToList());
    }

    [Fact]
    public async Task List_IsOrderedByDate_NewestFirst()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var expected = Scenario.OrderByDescending(a => a.EffectiveDate).ThenBy(a => a.Id).Select(a => a.Id.Value).ToList();

        var document = await client.GetDocumentAsync("/Activities?campaign=&from=2023-01-01&to=2023-12-31");

        Assert.Equal(expected, ActivityPages.RowIds(document));
        Assert.Contains(document.QuerySelectorAll("time"), t => t.TextContent == "05.10.2023" && t.GetAttribute("datetime") == "2023-10-05");
    }

    [Fact]
    public async Task Public_SeesOnlyPublicActivities_AndNoVisibilityFilter()
    {
        using var client = site.CreateSiteClient();
        var expected = Scenario.Where(a => a.Visibility == Visibility.Public).Select(a => a.Id.Value).Order().ToList();

        var document = await client.GetDocumentAsync("/Activities");

        Assert.Equal(expected, ActivityPages.RowIds(document).Order().ToList());
        Assert.Null(document.QuerySelector("#filter-visibility"));
        Assert.DoesNotContain(DemoIds.Activity(4).Value, ActivityPages.RowIds(document));
    }

    [Fact]
    public async Task Public_CannotAskForInternalActivities()
    {
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/Activities?visibility=Internal");

        Assert.Equal(Scenario.Count(a => a.Visibility == Visibility.Public), ActivityPages.Count(document));
    }

    [Theory]
    [InlineData(nameof(DemoAccounts.Member))]
    [InlineData(nameof(DemoAccounts.Secretary))]
    [InlineData(nameof(DemoAccounts.Administrator))]
    public async Task SignedInUsers_SeeInternalActivitiesToo(string account)
    {
        using var client = await site.CreateClientLoggedInAsAsync(Account(account));

        var document = await client.GetDocumentAsync("/Activities");

        Assert.Equal(Scenario.Count, ActivityPages.Count(document));
        Assert.Contains(DemoIds.Activity(4).Value, ActivityPages.RowIds(document));
    }

    [Theory]
    [InlineData("ndergjegjesuese", "ndërgjegjësuese")]
    [InlineData("Kruje", "Krujë")]
    [InlineData("SHKOLLE", "shkollë")]
    public async Task TextSearch_IgnoresDiacriticsAndCase(string plain, string withDiacritics)
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var key = AlbanianText.Fold(plain);
        var expected = Scenario
            .Where(a => AlbanianText.FoldAll([a.Title, a.Description, a.Venue, .. a.Municipalities.Select(m => m.Name)]).Contains(key, StringComparison.Ordinal))
            .Select(a => a.Id.Value).Order().ToList();
        Assert.NotEmpty(expected);

        var plainResult = ActivityPages.RowIds(await client.GetDocumentAsync($"/Activities?q={Uri.EscapeDataString(plain)}")).Order().ToList();
        var accentedResult = ActivityPages.RowIds(await client.GetDocumentAsync($"/Activities?q={Uri.EscapeDataString(withDiacritics)}")).Order().ToList();

        Assert.Equal(expected, plainResult);
        Assert.Equal(expected, accentedResult);
    }

    [Fact]
    public async Task MunicipalityFilter_OffersTheCountysMunicipalities_WithDiacritics_AndKeepsTheChoice()
    {
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/Activities?municipality=Kruj%C3%AB");

        var options = document.QuerySelectorAll("#filter-municipality option").Select(o => o.TextContent).Skip(1).ToList();
        Assert.Equal(Krat.Domain.Geography.Albania.Municipalities.Where(m => m.County.Value == "AL-02").Select(m => m.Name), options);
        Assert.Contains("Krujë", options);
        Assert.Equal("Krujë", document.QuerySelector("#filter-municipality option[selected]")?.TextContent);
    }

    [Fact]
    public async Task ExportLink_KeepsTheFilters_WithDiacriticsEncoded()
    {
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/Activities?municipality=Kruj%C3%AB&q=shkoll%C3%AB");

        var href = document.QuerySelector("[data-testid=activities-export]")!.GetAttribute("href")!;
        Assert.Contains("handler=Export", href, StringComparison.Ordinal);
        Assert.Contains("municipality=Kruj%C3%AB", href, StringComparison.Ordinal);
        Assert.Contains("q=shkoll%C3%AB", href, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_ShowsTheActivity_ForThePublic()
    {
        using var client = site.CreateSiteClient();
        var activity = Scenario.Single(a => a.Id == DemoIds.Activity(2));

        var document = await client.GetDocumentAsync($"/Activities/Details/{activity.Id.Value}");

        Assert.Equal(activity.Title, document.Text("h1"));
        Assert.Equal("Krujë", document.Text("[data-testid=activity-municipalities]"));
        Assert.Equal(activity.Reach!.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), document.Text("[data-testid=reach-total]"));
        Assert.Equal(activity.Reach.Women!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), document.Text("[data-testid=reach-women]"));
        Assert.Equal(activity.Reach.Children!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), document.Text("[data-testid=reach-children]"));
        Assert.Equal("Realizuar", document.Text("[data-testid=activity-status]"));
        Assert.StartsWith("1.1 ", document.Text("[data-testid=activity-measure]"), StringComparison.Ordinal);
        Assert.Equal(DurresScenario.Build().October2023.Name, document.Text("[data-testid=activity-campaign]"));
        Assert.Null(document.QuerySelector("a[href*='/Activities/Edit']"));
    }

    [Fact]
    public async Task Details_InEnglish_ShowsEnglishLabels()
    {
        using var client = site.CreateSiteClient();
        await client.SwitchCultureAsync("en");

        var document = await client.GetDocumentAsync($"/Activities/Details/{DemoIds.Activity(10).Value}");

        Assert.StartsWith("Cancelled", document.Text("[data-testid=activity-status]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_OfAnInternalActivity_IsNotFound_ForThePublic_ButShownToMembers()
    {
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        var path = $"/Activities/Details/{DemoIds.Activity(4).Value}";

        using var hidden = await anonymous.GetAsync(path);
        using var shown = await member.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
    }

    [Fact]
    public async Task AnotherCommitteesActivity_IsNotFound_ForTheDurresSecretary_AndNotListed()
    {
        await site.EnsureKorceAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var details = await client.GetAsync($"/Activities/Details/{ActivitiesSite.KorceActivity.Value}");
        using var edit = await client.GetAsync($"/Activities/Edit/{ActivitiesSite.KorceActivity.Value}");
        var list = await client.GetDocumentAsync("/Activities?qark=AL-06");

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.DoesNotContain(ActivitiesSite.KorceActivity.Value, ActivityPages.RowIds(list));
    }

    [Fact]
    public async Task Public_ViewingKorce_SeesKorcesPublicActivity_NotDurres()
    {
        await site.EnsureKorceAsync();
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/Activities?qark=Kor%C3%A7%C3%AB");
        using var durresDetails = await client.GetAsync($"/Activities/Details/{DemoIds.Activity(1).Value}?qark=AL-06");

        Assert.Equal([ActivitiesSite.KorceActivity.Value], ActivityPages.RowIds(document));
        Assert.Equal(HttpStatusCode.NotFound, durresDetails.StatusCode);
    }

    [Fact]
    public async Task UnknownActivity_IsNotFound()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await client.GetAsync($"/Activities/Details/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CreateLink_IsShownToThoseWhoMayRecord_Only()
    {
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        Assert.Null((await anonymous.GetDocumentAsync("/Activities")).QuerySelector("a[href^='/Activities/Create']"));
        Assert.NotNull((await member.GetDocumentAsync("/Activities")).QuerySelector("a[href^='/Activities/Create']"));
    }

    internal static DemoAccount Account(string name) => name switch
    {
        nameof(DemoAccounts.Member) => DemoAccounts.Member,
        nameof(DemoAccounts.Secretary) => DemoAccounts.Secretary,
        _ => DemoAccounts.Administrator,
    };

    private static Func<Activity, bool> Matches(string name, string value) => name switch
    {
        "municipality" => a => a.Municipalities.Any(m => m.Name == value),
        "group" => a => a.TargetGroups.Contains(Enum.Parse<TargetGroup>(value)),
        "measure" => a => a.MeasureId?.Value == Guid.Parse(value),
        "campaign" => a => a.CampaignId?.Value == Guid.Parse(value),
        "organisation" => a => a.LeadOrganisationId.Value == Guid.Parse(value) || a.PartnerOrganisationIds.Any(p => p.Value == Guid.Parse(value)),
        "status" => a => a.Status == Enum.Parse<ActivityStatus>(value),
        "visibility" => a => a.Visibility == Enum.Parse<Visibility>(value),
        "from" => a => a.EffectiveDate >= LocalDate.FromDateOnly(DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture)),
        "to" => a => a.EffectiveDate <= LocalDate.FromDateOnly(DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
