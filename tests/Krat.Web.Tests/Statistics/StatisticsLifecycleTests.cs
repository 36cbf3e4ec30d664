using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Statistics;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Plan;

namespace Krat.Web.Tests.Statistics;

/// <summary>
/// Draft → published → corrected on the hosted site: the secretary publishes and corrects; a member and a visitor
/// cannot; a visitor never sees a draft or an old version (pages, report, JSON export); a stale or missing version
/// and a source about a person are refused with a form error and change nothing.
/// </summary>
public sealed class StatisticsLifecycleTests
{
    private const string CorrectForm = "[data-testid=correct-form]";
    private static readonly string Review = $"/Statistics/Review/{DemoIds.VictimStatistics2023.Value}";
    private static readonly string Correct = $"/Statistics/Correct/{DemoIds.VictimStatistics2023.Value}";
    private static readonly string SexualFemaleAdultPotential = StatisticsCells.Field(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual);

    [Fact]
    public async Task ADraft_NeverReachesTheReportOrItsExport_UntilTheSecretaryPublishesIt()
    {
        await using var site = await StartAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var anonymous = site.CreateSiteClient();
        const string source = "Raport gjashtëmujor i Policisë, H1 2022";
        using var created = await Forms.SubmitAsync(secretary, "/Statistics/Record?year=2022", "[data-testid=statistics-form]", new Dictionary<string, string>
        {
            ["Input.Source"] = source,
            [SexualFemaleAdultPotential] = "14",
        });
        var review = created.Headers.Location!.OriginalString;

        foreach (var client in new[] { anonymous, secretary })
        {
            Assert.Equal(0, await TablesAsync(client, 2022));
            Assert.NotNull((await client.GetDocumentAsync("/Reports/Statistics?year=2022")).QuerySelector("[data-testid=statistics-none]"));
        }

        using var published = await Forms.SubmitAsync(secretary, review, "[data-testid=publish-form]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        Assert.True(await TablesAsync(anonymous, 2022) > 0);
        Assert.Null((await anonymous.GetDocumentAsync("/Reports/Statistics?year=2022")).QuerySelector("[data-testid=statistics-none]"));
        var history = (await secretary.GetDocumentAsync(review)).QuerySelector("[data-testid=version-1]")!;
        Assert.Contains("sekretari", history.TextContent, StringComparison.Ordinal);
        Assert.Contains("Publikimi i parë", history.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretaryCorrects_MakingVersionTwoWithAReason_AndTheVisitorSeesOnlyTheCurrentVersion()
    {
        await using var site = await StartAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var anonymous = site.CreateSiteClient();
        var before = (await WorkTestData.FindAsync<VictimStatistics>(site, DemoIds.VictimStatistics2023))!;
        var oldView = Krat.Domain.Statistics.Disclosure.DisclosureDecision.Decide(before).View(StatisticsDimension.ExploitationForm, StatisticsDimension.Sex);

        var form = await secretary.GetDocumentAsync(Correct);
        using var response = await Forms.SubmitAsync(secretary, Correct, CorrectForm, new Dictionary<string, string>
        {
            ["Input.Reason"] = "Autoriteti Përgjegjës dërgoi shifrat përfundimtare",
            [SexualFemaleAdultPotential] = "40",
        });

        Assert.Equal(before.CountOf(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual).ToString(System.Globalization.CultureInfo.InvariantCulture), form.QuerySelector($"input[name='{SexualFemaleAdultPotential}']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await WorkTestData.FindAsync<VictimStatistics>(site, DemoIds.VictimStatistics2023))!;
        Assert.Equal([1, 2], stored.Versions.Select(v => v.Number));
        Assert.Equal(("sekretari", "Autoriteti Përgjegjës dërgoi shifrat përfundimtare"), (stored.CurrentVersion!.PublishedBy, stored.CurrentVersion.Reason));
        Assert.Equal(before.Total, stored.Versions[0].Total);
        Assert.Equal(before.Total + 31, stored.Total);

        var history = await secretary.GetDocumentAsync(Review);
        Assert.NotNull(history.QuerySelector("[data-testid=version-1]"));
        Assert.Contains("Autoriteti Përgjegjës dërgoi shifrat përfundimtare", history.Text("[data-testid=version-2]")!, StringComparison.Ordinal);

        var record = (await anonymous.GetDocumentAsync("/Statistics")).QuerySelector($"[data-testid='record-{DemoIds.VictimStatistics2023}']")!;
        Assert.Equal("2", record.QuerySelector("[data-testid=status]")!.GetAttribute("data-version"));
        var current = Krat.Domain.Statistics.Disclosure.DisclosureDecision.Decide(stored).View(StatisticsDimension.ExploitationForm, StatisticsDimension.Sex);
        var cell = record.QuerySelector($"tr[data-row='{ExploitationForm.Sexual}'] td[data-column='{Sex.Female}']")!.TextContent.Trim();
        Assert.Equal(current.Cells[0][0].Display, cell);
        // The correction adds 31 sexual-exploitation victims: the page shows the new row total, not the old one.
        var rowTotal = record.QuerySelector($"tr[data-row='{ExploitationForm.Sexual}'] td[data-column='total']")!.TextContent.Trim();
        Assert.Equal(current.RowTotals[0].Display, rowTotal);
        Assert.NotEqual(oldView.RowTotals[0].Display, rowTotal);
        Assert.Null(record.QuerySelector("[data-testid=history]"));
        var json = await anonymous.GetStringAsync("/Reports/Statistics?year=2023&handler=Json");
        Assert.Contains($"\"{current.GrandTotal.Display}\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{oldView.GrandTotal.Display}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaleOrMissingVersion_IsRefusedWithAFormError_AndNothingChanges()
    {
        await using var site = await StartAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var administrator = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);
        var stale = await Forms.ReadAsync(secretary, Correct, CorrectForm);
        using (var first = await Forms.SubmitAsync(administrator, Correct, CorrectForm, new Dictionary<string, string> { ["Input.Reason"] = "Korrigjimi i parë", [SexualFemaleAdultPotential] = "30" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var staleFields = new Dictionary<string, string>(stale.Fields) { ["Input.Reason"] = "Korrigjimi i vonuar", [SexualFemaleAdultPotential] = "31" };
        using var refused = await Forms.PostAsync(secretary, stale.Action, staleFields);
        var refusedPage = await refused.ReadDocumentAsync();
        var noVersion = new Dictionary<string, string>((await Forms.ReadAsync(secretary, Correct, CorrectForm)).Fields) { ["Input.Reason"] = "Pa version", [SexualFemaleAdultPotential] = "32" };
        noVersion.Remove("Input.Version");
        using var missing = await Forms.PostAsync(secretary, Correct, noVersion);
        var missingPage = await missing.ReadDocumentAsync();
        var publishFields = (await Forms.ReadAsync(secretary, Review, "[data-testid=source-form]")).Fields;
        publishFields.Remove("Input.Version");
        using var sourceWithoutVersion = await Forms.PostAsync(secretary, $"{Review}?handler=Source", new Dictionary<string, string>(publishFields) { ["Input.Source"] = "Burim i ri" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("admin", refusedPage.Text(".validation-summary")!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("cilin version", missingPage.Text(".validation-summary")!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sourceWithoutVersion.StatusCode);
        var stored = (await WorkTestData.FindAsync<VictimStatistics>(site, DemoIds.VictimStatistics2023))!;
        Assert.Equal([(1, (string?)null), (2, "Korrigjimi i parë")], stored.Versions.Select(v => (v.Number, v.Reason)));
        Assert.Equal(30, stored.CountOf(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual));
        Assert.Equal(DurresScenario.Build().VictimStatistics2023.Source, stored.Source);
    }

    [Fact]
    public async Task ASourceAboutAPerson_IsRefusedInBothLanguages_AndAPlainSourceIsSaved()
    {
        await using var site = await StartAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var refused = await Forms.SubmitAsync(secretary, Review, "[data-testid=source-form]", new Dictionary<string, string> { ["Input.Source"] = "E.K., Shijak, 16 vjeçe" });
        var refusedPage = await refused.ReadDocumentAsync();
        using var saved = await Forms.SubmitAsync(secretary, Review, "[data-testid=source-form]", new Dictionary<string, string> { ["Input.Source"] = "Raport tremujor i Autoritetit Përgjegjës, T3 2023" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("të dhëna për një person", refusedPage.Text(".validation-summary")!, StringComparison.Ordinal);
        Assert.Equal("E.K., Shijak, 16 vjeçe", refusedPage.QuerySelector("[data-testid=source-form] input[name='Input.Source']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = (await WorkTestData.FindAsync<VictimStatistics>(site, DemoIds.VictimStatistics2023))!;
        Assert.Equal(("Raport tremujor i Autoritetit Përgjegjës, T3 2023", 1), (stored.Source, stored.Versions.Count));

        (await secretary.SwitchCultureAsync("en")).Dispose();
        using var english = await Forms.SubmitAsync(secretary, Review, "[data-testid=source-form]", new Dictionary<string, string> { ["Input.Source"] = "girl aged 15 from Kavajë" });
        Assert.Contains("data about a person", (await english.ReadDocumentAsync()).Text(".validation-summary")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberAndAVisitor_CannotPublishOrCorrect()
    {
        await using var site = await StartAsync();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        using var anonymous = site.CreateSiteClient();
        var fields = new Dictionary<string, string> { ["Input.Version"] = "0", ["Input.Reason"] = "x", [SexualFemaleAdultPotential] = "50" };

        using var memberCorrect = await member.GetAsync(Correct);
        using var memberPost = await Forms.PostWithTokenAsync(member, "/Statistics", Correct, fields);
        using var memberPublish = await Forms.PostWithTokenAsync(member, "/Statistics", $"{Review}?handler=Publish", fields);
        using var visitorCorrect = await anonymous.GetAsync(Correct);
        using var visitorPost = await Forms.PostWithTokenAsync(anonymous, "/Statistics", Correct, fields);

        Forms.AssertRedirectTo(memberCorrect, "/Account/AccessDenied");
        Forms.AssertRedirectTo(memberPost, "/Account/AccessDenied");
        Forms.AssertRedirectTo(memberPublish, "/Account/AccessDenied");
        Forms.AssertRedirectTo(visitorCorrect, "/Account/Login");
        Forms.AssertRedirectTo(visitorPost, "/Account/Login");
        var stored = (await WorkTestData.FindAsync<VictimStatistics>(site, DemoIds.VictimStatistics2023))!;
        Assert.Single(stored.Versions);
    }

    // How many tables the JSON export of the year's report holds.
    private static async Task<int> TablesAsync(HttpClient client, int year)
    {
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/Reports/Statistics?year={year}&handler=Json"));
        return json.RootElement.GetProperty("tables").GetArrayLength();
    }

    private static async Task<KratWebFactory> StartAsync()
    {
        var site = new KratWebFactory();
        await WorkTestData.SeedAsync(site);
        return site;
    }
}
