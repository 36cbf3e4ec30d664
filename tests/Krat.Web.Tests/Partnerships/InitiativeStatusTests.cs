using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Initiatives;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Plan;
using NodaTime;

namespace Krat.Web.Tests.Partnerships;

/// <summary>Endorsing, activating and completing an initiative; the domain enforces the steps. Each test on its own site.</summary>
public sealed class InitiativeStatusTests
{
    private static readonly string PupilsPath = $"/Partnerships/Initiative/{DemoIds.PupilsProject.Value}";

    [Fact]
    public async Task Activate_TheEndorsedPupilsProject_MakesItActiveFromTheDay()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await Forms.SubmitAsync(client, PupilsPath, "[data-testid=status-form]", new Dictionary<string, string> { ["Input.On"] = "2023-11-06" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await WorkTestData.FindAsync<Initiative>(site, DemoIds.PupilsProject))!;
        Assert.Equal(InitiativeStatus.Active, stored.Status);
        Assert.Equal(new LocalDate(2023, 11, 6), stored.ActiveFrom);
        var page = await client.GetDocumentAsync("/Partnerships");
        Assert.Equal(InitiativeStatus.Active.Label().Albanian, page.Text("[data-testid=initiative] [data-testid=status]"));
    }

    [Fact]
    public async Task Activate_BeforeTheEndorsement_ShowsTheDomainMessage_AndKeepsTheDate()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        using var response = await Forms.SubmitAsync(client, PupilsPath, "[data-testid=status-form]", new Dictionary<string, string> { ["Input.On"] = "2023-10-01" });
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("u mbështet më 31.10.2023; ajo nuk mund të fillojë para kësaj date (01.10.2023)", document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.Equal("2023-10-01", document.QuerySelector("input[name='Input.On']")!.GetAttribute("value"));
        Assert.Equal(InitiativeStatus.Endorsed, (await WorkTestData.FindAsync<Initiative>(site, DemoIds.PupilsProject))!.Status);
    }

    [Fact]
    public async Task Complete_AnInitiativeThatIsNotActive_IsRefusedByTheDomain()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (_, fields) = await Forms.ReadAsync(client, PupilsPath, "[data-testid=status-form]");

        using var response = await Forms.PostAsync(client, PupilsPath + "?handler=Complete", fields);
        var document = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ka statusin „Mbështetur”; ajo kalon në statusin „Përfunduar” vetëm nga statusi „Në zbatim”", document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.Equal(InitiativeStatus.Endorsed, (await WorkTestData.FindAsync<Initiative>(site, DemoIds.PupilsProject))!.Status);
    }

    [Fact]
    public async Task Endorse_ADraft_ByAnOrganisation_ThenActivateAndComplete()
    {
        await using var site = await StartAsync();
        var draft = await WorkTestData.AddAsync(site, Initiative.Propose(new InitiativeProposal { CommitteeId = DemoIds.KratDurres, Title = "Klub leximi kundër trafikimit", Beneficiaries = [TargetGroup.Youth], ProposerIds = [DemoIds.WorldVision], Id = InitiativeId.New() }));
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var path = $"/Partnerships/Initiative/{draft.Id.Value}";

        using var endorsed = await Forms.SubmitAsync(client, path, "[data-testid=status-form]", new Dictionary<string, string> { ["Input.OrganisationId"] = DemoIds.Prefecture.Value.ToString(), ["Input.On"] = "2023-10-31" });
        using var activated = await Forms.SubmitAsync(client, path, "[data-testid=status-form]", new Dictionary<string, string> { ["Input.On"] = "2023-11-01" });
        using var completed = await Forms.SubmitAsync(client, path, "[data-testid=status-form]", new Dictionary<string, string> { ["Input.On"] = "2023-12-01" });

        Assert.All([endorsed, activated, completed], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var stored = (await WorkTestData.FindAsync<Initiative>(site, draft.Id))!;
        Assert.Equal(InitiativeStatus.Completed, stored.Status);
        Assert.Equal(DemoIds.Prefecture, stored.Endorsement!.OrganisationId);
        Assert.Equal(new LocalDate(2023, 10, 31), stored.Endorsement.On);
        Assert.Equal(new LocalDate(2023, 12, 1), stored.CompletedOn);
        var final = await client.GetDocumentAsync(path);
        Assert.Null(final.QuerySelector("[data-testid=status-form]"));
    }

    [Fact]
    public async Task Endorse_WithoutAnOrganisation_ShowsTheErrorNextToTheField()
    {
        await using var site = await StartAsync();
        var draft = await WorkTestData.AddAsync(site, Initiative.Propose(new InitiativeProposal { CommitteeId = DemoIds.KratDurres, Title = "Nismë pa mbështetës", Beneficiaries = [TargetGroup.Youth], ProposerPersonIds = [DemoIds.FabiolaEgro], ProposingGroup = "Të rinjtë", Id = InitiativeId.New() }));
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        using var response = await Forms.SubmitAsync(client, $"/Partnerships/Initiative/{draft.Id.Value}", "[data-testid=status-form]", new Dictionary<string, string> { ["Input.OrganisationId"] = "" });
        var document = await response.ReadDocumentAsync();

        Assert.Equal("Fusha „Institucioni që e mbështet” është e detyrueshme; zgjidhni një nga vlerat e listës.", document.Text("[data-valmsg-for='Input.OrganisationId']"));
        Assert.Equal(InitiativeStatus.Draft, (await WorkTestData.FindAsync<Initiative>(site, draft.Id))!.Status);
    }

    [Fact]
    public async Task Administrator_ViewingAnotherCounty_EndorsesItsInitiative_AndStaysInThatCounty()
    {
        await using var site = await StartAsync();
        var korce = await WorkTestData.AddKorceAsync(site);
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        var list = await admin.GetDocumentAsync("/Partnerships?qark=AL-06");
        var link = list.QuerySelector("[data-testid=change-status]")!.GetAttribute("href")!;
        using var response = await Forms.SubmitAsync(admin, link, "[data-testid=status-form]", new Dictionary<string, string> { ["Input.OrganisationId"] = DemoIds.Prefecture.Value.ToString(), ["Input.On"] = "2023-10-31" });

        Assert.Equal($"/Partnerships/Initiative/{korce.InitiativeId.Value}?qark=AL-06", link);
        Assert.Equal($"/Partnerships?qark=AL-06#initiative-{korce.InitiativeId.Value}", response.Headers.Location!.OriginalString);
        Assert.Equal(InitiativeStatus.Endorsed, (await WorkTestData.FindAsync<Initiative>(site, korce.InitiativeId))!.Status);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        await using var site = await StartAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var content = new StringContent("Input.On=2023-11-01&Input.Version=1", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync(PupilsPath + "?handler=Activate", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(InitiativeStatus.Endorsed, (await WorkTestData.FindAsync<Initiative>(site, DemoIds.PupilsProject))!.Status);
    }

    private static async Task<KratWebFactory> StartAsync()
    {
        var site = new KratWebFactory();
        await WorkTestData.SeedAsync(site);
        return site;
    }
}
