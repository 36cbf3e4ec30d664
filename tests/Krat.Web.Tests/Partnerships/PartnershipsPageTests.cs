using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Common;
using Krat.Domain.Initiatives;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Plan;

namespace Krat.Web.Tests.Partnerships;

/// <summary>The public page of partnerships, service providers and initiatives.</summary>
public sealed class PartnershipsPageTests(WorkSite site) : IClassFixture<WorkSite>
{
    private static readonly DurresScenario Scenario = DurresScenario.Build();

    [Fact]
    public async Task Anonymous_SeesThePartnershipWithParticipantsInTheirIatiRoles_AndWhatItEstablished()
    {
        using var client = site.CreateSiteClient();
        var partnership = Scenario.ResilienceCentrePartnership;

        var document = await client.GetDocumentAsync("/Partnerships");

        var card = Assert.Single(document.QuerySelectorAll("[data-testid=partnership]"));
        Assert.Equal(partnership.Name, card.QuerySelector("h3")!.TextContent.Trim());
        Assert.Contains(partnership.Purpose, card.TextContent, StringComparison.Ordinal);
        Assert.Equal("31.10.2023 –", card.QuerySelector("[data-testid=period]")!.TextContent.Trim());
        Assert.Equal(Scenario.ResilienceCentreProvider.Name, card.QuerySelector("[data-testid=established]")!.TextContent.Trim());
        var expected = partnership.Participants
            .Select(p => $"{Scenario.Organisation(p.OrganisationId).Name} | {p.Role.Label().Albanian}{((int)p.Role <= 4 ? $" (IATI {(int)p.Role})" : "")}");
        var shown = card.QuerySelectorAll("[data-testid=participant]")
            .Select(r => $"{r.QuerySelector("th")!.TextContent.Trim()} | {r.QuerySelector("td")!.TextContent.Trim()}");
        Assert.Equal(expected, shown);
    }

    [Fact]
    public async Task Anonymous_SeesTheServiceProvider_WithServicesMunicipalitiesGroupsAndTechnicalTableSeat()
    {
        using var client = site.CreateSiteClient();
        var provider = Scenario.ResilienceCentreProvider;

        var document = await client.GetDocumentAsync("/Partnerships");

        var card = Assert.Single(document.QuerySelectorAll("[data-testid=provider]"));
        Assert.Equal(provider.Name, card.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal(string.Join(", ", provider.ServiceTypes.Select(s => s.Label().Albanian)), card.QuerySelector("[data-testid=service-types]")!.TextContent.Trim());
        Assert.Equal(string.Join(", ", provider.Municipalities), card.QuerySelector("[data-testid=municipalities]")!.TextContent.Trim());
        Assert.Equal(string.Join(", ", provider.TargetGroups.Select(g => g.Label().Albanian)), card.QuerySelector("[data-testid=target-groups]")!.TextContent.Trim());
        Assert.Equal("Anëtar i tryezës teknike që më 31.10.2023", card.QuerySelector("[data-testid=technical-table]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Anonymous_SeesTheInitiative_WithProposersSupportersBeneficiariesAndWhoEndorsedItWhen()
    {
        using var client = site.CreateSiteClient();
        var project = Scenario.PupilsProject;
        var prefect = Scenario.People.Single(p => p.Id == DemoIds.EmiljanJani);

        var document = await client.GetDocumentAsync("/Partnerships");

        var card = Assert.Single(document.QuerySelectorAll("[data-testid=initiative]"));
        Assert.Equal(project.Title, card.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal(InitiativeStatus.Endorsed.Label().Albanian, card.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        // The school proposes; its pupils are the group described beside it.
        Assert.Equal($"{Scenario.Organisation(DemoIds.GjergjKastriotiHighSchool).Name}; {project.ProposingGroup}", card.QuerySelector("[data-testid=proposers]")!.TextContent.Trim());
        Assert.Equal(Scenario.Organisation(DemoIds.WorldVision).Name, card.QuerySelector("[data-testid=supporters]")!.TextContent.Trim());
        Assert.Equal(string.Join(", ", project.Beneficiaries.Select(b => b.Label().Albanian)), card.QuerySelector("[data-testid=beneficiaries]")!.TextContent.Trim());
        var endorsement = card.QuerySelector("[data-testid=endorsement]")!.TextContent;
        Assert.Contains(prefect.FullName, endorsement, StringComparison.Ordinal);
        Assert.Contains(Scenario.Organisation(DemoIds.Prefecture).Name, endorsement, StringComparison.Ordinal);
        Assert.Contains("31.10.2023", endorsement, StringComparison.Ordinal);
        Assert.Null(card.QuerySelector("[data-testid=change-status]"));
    }

    [Fact]
    public async Task InEnglish_RolesServicesAndStatusShowTheirEnglishLabels()
    {
        using var client = site.CreateSiteClient();
        (await client.SwitchCultureAsync("en", "/Partnerships")).Dispose();

        var document = await client.GetDocumentAsync("/Partnerships");

        Assert.Equal("Partnerships and initiatives", document.Text("h1"));
        Assert.Contains(Scenario.ResilienceCentrePartnership.Participants[0].Role.Label().English, document.Text("[data-testid=participant] td"), StringComparison.Ordinal);
        Assert.Equal(InitiativeStatus.Endorsed.Label().English, document.Text("[data-testid=initiative] [data-testid=status]"));
        Assert.StartsWith(Scenario.ResilienceCentreProvider.ServiceTypes[0].Label().English, document.Text("[data-testid=service-types]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sekretari")]
    [InlineData("admin")]
    public async Task SecretaryAndAdministrator_SeeTheLinkToChangeTheStatus_MemberDoesNot(string userName)
    {
        using var editor = await site.CreateClientLoggedInAsAsync(DemoAccounts.All.Single(a => a.UserName == userName));
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        var editorPage = await editor.GetDocumentAsync("/Partnerships");
        var memberPage = await member.GetDocumentAsync("/Partnerships");

        Assert.Equal($"/Partnerships/Initiative/{DemoIds.PupilsProject.Value}", editorPage.QuerySelector("[data-testid=change-status]")!.GetAttribute("href"));
        Assert.Null(memberPage.QuerySelector("[data-testid=change-status]"));
    }

    [Fact]
    public async Task AnotherCounty_ShowsOnlyItsOwnInitiatives()
    {
        using var client = site.CreateSiteClient();

        var korce = await client.GetDocumentAsync("/Partnerships?qark=AL-06");
        var durres = await client.GetDocumentAsync("/Partnerships");

        Assert.Equal(["Nisma e Korçës"], korce.QuerySelectorAll("[data-testid=initiative] h3").Select(h => h.TextContent.Trim()));
        Assert.Empty(korce.QuerySelectorAll("[data-testid=partnership]"));
        Assert.DoesNotContain("Nisma e Korçës", durres.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitiativePage_IsForEditorsOnly_AndOtherCommitteesInitiativesAreNotFound()
    {
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);
        var durres = $"/Partnerships/Initiative/{DemoIds.PupilsProject.Value}";
        var korce = $"/Partnerships/Initiative/{site.Korce.InitiativeId.Value}";

        using var anonymousGet = await anonymous.GetAsync(durres);
        using var memberGet = await member.GetAsync(durres);
        using var memberPost = await Forms.PostWithTokenAsync(member, "/Partnerships", durres + "?handler=Activate", new Dictionary<string, string> { ["Input.On"] = "2023-11-01" });
        using var secretaryKorce = await secretary.GetAsync(korce);
        using var adminKorce = await admin.GetAsync(korce);
        using var adminKorceViewed = await admin.GetAsync(korce + "?qark=AL-06");

        Forms.AssertRedirectTo(anonymousGet, "/Account/Login");
        Forms.AssertRedirectTo(memberGet, "/Account/AccessDenied");
        Forms.AssertRedirectTo(memberPost, "/Account/AccessDenied");
        Assert.Equal(HttpStatusCode.NotFound, secretaryKorce.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, adminKorce.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminKorceViewed.StatusCode);
    }
}
