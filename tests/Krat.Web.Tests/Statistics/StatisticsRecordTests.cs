using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Common;
using Krat.Domain.Statistics;
using Krat.Infrastructure.Repositories;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Plan;
using Microsoft.Extensions.DependencyInjection;

namespace Krat.Web.Tests.Statistics;

/// <summary>Recording counts: validation, a new record, replacing a year's counts, and what the public sees afterwards.</summary>
public sealed class StatisticsRecordTests
{
    private const string FormSelector = "[data-testid=statistics-form]";

    [Fact]
    public async Task Record_ANewYearForAMunicipality_IsADraft_TheSecretaryPublishesIt_AndThenThePublicSeesOnlyTheSuppressedFigure()
    {
        await using var site = await StartAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        using var anonymous = site.CreateSiteClient();

        var blank = await Forms.ReadAsync(secretary, "/Statistics/Record?year=2022&municipality=Kruje", FormSelector);
        using var response = await Forms.SubmitAsync(secretary, "/Statistics/Record?year=2022&municipality=Kruje", FormSelector, new Dictionary<string, string>
        {
            ["Input.Year"] = "2022",
            ["Input.Municipality"] = "Krujë",
            ["Input.Source"] = "Raport tremujor",
            [StatisticsCells.Field(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging)] = "3",
            [StatisticsCells.Field(Sex.Male, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Labour)] = "12",
            [StatisticsCells.Field(Sex.Male, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Labour)] = "6",
        });

        Assert.All(blank.Fields.Where(f => f.Key.StartsWith("Input.Counts[", StringComparison.Ordinal)), f => Assert.Equal(string.Empty, f.Value));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Statistics/Review/", location, StringComparison.Ordinal);
        var id = new VictimStatisticsId(Guid.Parse(location["/Statistics/Review/".Length..]));
        var stored = (await WorkTestData.FindAsync<VictimStatistics>(site, id))!;
        Assert.Equal("Krujë", stored.Municipality?.Name);
        Assert.Equal(new NodaTime.LocalDate(2022, 1, 1), stored.Period.Start);
        Assert.Equal(21, stored.Total);
        Assert.Equal(3, stored.CountOf(Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging));
        Assert.Equal(StatisticsStatus.Draft, stored.Status);

        var review = await secretary.GetDocumentAsync(location);
        var rawCell = review.QuerySelector($"[data-testid=raw-crosstab] tr[data-row='{ExploitationForm.Begging}'] td[data-column='{Sex.Female}']")!;
        Assert.StartsWith("3", rawCell.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("withheld", rawCell.GetAttribute("data-state"));
        Assert.Equal("x", review.Text($"[data-testid=published] tr[data-row='{ExploitationForm.Begging}'] td[data-column='total']"));
        Assert.Equal("draft", review.QuerySelector("[data-testid=status]")!.GetAttribute("data-status"));

        // A draft: the committee's signed-in users see it, marked; the public does not.
        Assert.Null((await anonymous.GetDocumentAsync("/Statistics")).QuerySelector($"[data-testid='record-{id}']"));
        var memberView = (await member.GetDocumentAsync("/Statistics")).QuerySelector($"[data-testid='record-{id}']")!;
        Assert.Equal("draft", memberView.QuerySelector("[data-testid=status]")!.GetAttribute("data-status"));

        using var published = await Forms.SubmitAsync(secretary, location, "[data-testid=publish-form]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        stored = (await WorkTestData.FindAsync<VictimStatistics>(site, id))!;
        Assert.Equal((1, "sekretari"), (stored.CurrentVersion!.Number, stored.CurrentVersion.PublishedBy));

        var page = await anonymous.GetDocumentAsync("/Statistics");
        var record = page.QuerySelector($"[data-testid='record-{id}']")!;
        Assert.Contains("Bashkia Krujë", record.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", record.QuerySelector("[data-testid=status]")!.GetAttribute("data-version"));
        var publicCell = record.QuerySelector($"tr[data-row='{ExploitationForm.Begging}'] td[data-column='{Sex.Female}']")!;
        Assert.Equal(string.Empty, publicCell.TextContent.Trim());
        Assert.Equal("x", record.QuerySelector($"tr[data-row='{ExploitationForm.Begging}'] td[data-column='total']")!.TextContent.Trim());
        var decided = Krat.Domain.Statistics.Disclosure.DisclosureDecision.Decide(stored).View(StatisticsDimension.ExploitationForm, StatisticsDimension.Sex);
        Assert.Equal(decided.Cells[(int)ExploitationForm.Labour - 1][(int)Sex.Male - 1].Display, record.QuerySelector($"tr[data-row='{ExploitationForm.Labour}'] td[data-column='{Sex.Male}']")!.TextContent.Trim());
        Assert.DoesNotContain(">3<", record.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_ForAnExistingDraft_ShowsItsCounts_AndReplacesThem()
    {
        await using var site = await StartAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var field = StatisticsCells.Field(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual);
        using var created = await Forms.SubmitAsync(secretary, "/Statistics/Record?year=2021", FormSelector, new Dictionary<string, string> { [field] = "7" });
        var id = new VictimStatisticsId(Guid.Parse(created.Headers.Location!.OriginalString["/Statistics/Review/".Length..]));

        var form = await secretary.GetDocumentAsync("/Statistics/Record?year=2021");
        using var response = await Forms.SubmitAsync(secretary, "/Statistics/Record?year=2021", FormSelector, new Dictionary<string, string> { [field] = "11", ["Input.Source"] = "Raport vjetor 2021" });

        Assert.NotNull(form.QuerySelector("[data-testid=replaces]"));
        Assert.Equal("7", form.QuerySelector($"input[name='{field}']")!.GetAttribute("value"));
        Assert.Equal($"/Statistics/Review/{id.Value}", response.Headers.Location!.OriginalString);
        var stored = (await WorkTestData.FindAsync<VictimStatistics>(site, id))!;
        Assert.Equal((11, "Raport vjetor 2021", StatisticsStatus.Draft), (stored.Total, stored.Source, stored.Status));
    }

    [Fact]
    public async Task Record_ForAPublishedYear_PointsToACorrection_AndRefusesToChangeItInPlace()
    {
        await using var site = await StartAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var scenario = DurresScenario.Build().VictimStatistics2023;
        var field = StatisticsCells.Field(Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual);

        var form = await secretary.GetDocumentAsync("/Statistics/Record?year=2023");
        using var response = await Forms.SubmitAsync(secretary, "/Statistics/Record?year=2023", FormSelector, new Dictionary<string, string> { [field] = "11" });
        var document = await response.ReadDocumentAsync();

        Assert.Equal($"/Statistics/Correct/{DemoIds.VictimStatistics2023.Value}", form.QuerySelector("[data-testid=correct-link]")!.GetAttribute("href")!.Split('?')[0]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nuk ndryshojnë në vend", document.Text(".validation-summary")!, StringComparison.Ordinal);
        var stored = (await WorkTestData.FindAsync<VictimStatistics>(site, DemoIds.VictimStatistics2023))!;
        Assert.Equal((scenario.Total, 1), (stored.Total, stored.Versions.Count));
    }

    [Fact]
    public async Task Record_WithInvalidValues_ShowsEachErrorNextToItsField_AndKeepsTheInput()
    {
        await using var site = await StartAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var negative = StatisticsCells.Field(Sex.Male, AgeGroup.Child, VictimStatus.Official, ExploitationForm.Other);
        var text = StatisticsCells.Field(Sex.Female, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Labour);

        using var response = await Forms.SubmitAsync(secretary, "/Statistics/Record", FormSelector, new Dictionary<string, string>
        {
            ["Input.Year"] = "2031",
            ["Input.Municipality"] = "Korçë",
            [negative] = "-2",
            [text] = "disa",
        });
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Fusha „Viti” duhet të jetë një vit nga 2000 deri në 2023.", document.Text("[data-valmsg-for='Input.Year']"));
        Assert.Equal("Fusha „Vendi” nuk pranon „Korçë”; shkruani një bashki të qarkut Durrës.", document.Text("[data-valmsg-for='Input.Municipality']"));
        var cellName = string.Join(", ", Sex.Male.Label().Albanian, AgeGroup.Child.Label().Albanian, VictimStatus.Official.Label().Albanian, ExploitationForm.Other.Label().Albanian);
        Assert.Equal($"Qeliza „{cellName}” duhet të jetë një numër i plotë nga 0 deri në {VictimStatistics.MaxCount}.", document.Text($"[data-valmsg-for='{negative}']"));
        Assert.NotNull(document.Text($"[data-valmsg-for='{text}']"));
        Assert.Equal("-2", document.QuerySelector($"input[name='{negative}']")!.GetAttribute("value"));
        Assert.Equal("2031", document.QuerySelector("input[name='Input.Year']")!.GetAttribute("value"));
        Assert.Single(await ListAsync(site));
    }

    [Fact]
    public async Task Record_Form_HasNoFieldAboutAPerson_AndALabelForEveryCount()
    {
        await using var site = await StartAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var document = await secretary.GetDocumentAsync("/Statistics/Record");

        var names = document.QuerySelectorAll($"{FormSelector} [name]").Select(e => e.GetAttribute("name")!).Where(n => n != "__RequestVerificationToken").ToList();
        Assert.Equal(2 * 2 * 2 * 5, names.Count(n => n.StartsWith("Input.Counts[", StringComparison.Ordinal)));
        Assert.Equal(["Input.Version", "Input.Year", "Input.Municipality", "Input.Source"], names.Where(n => !n.StartsWith("Input.Counts[", StringComparison.Ordinal) && n != "__SubmissionId"));
        foreach (var input in document.QuerySelectorAll($"{FormSelector} input.count"))
        {
            Assert.NotNull(document.QuerySelector($"label[for='{input.Id}']"));
        }
    }

    [Fact]
    public async Task Record_PostWithoutAntiforgeryToken_IsRejected()
    {
        await using var site = await StartAsync();
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var content = new StringContent("Input.Year=2022&Input.Counts%5B0%5D=3", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await secretary.PostAsync("/Statistics/Record", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await ListAsync(site));
    }

    private static async Task<List<VictimStatistics>> ListAsync(KratWebFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IReadRepository<VictimStatistics>>();
        return await repository.ListAsync();
    }

    private static async Task<KratWebFactory> StartAsync()
    {
        var site = new KratWebFactory();
        await WorkTestData.SeedAsync(site);
        return site;
    }
}
