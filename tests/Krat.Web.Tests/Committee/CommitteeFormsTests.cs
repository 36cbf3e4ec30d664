using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Committees;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Meetings;

namespace Krat.Web.Tests.CommitteePages;

/// <summary>Granting and ending seats, appointing representatives and assigning posts: rights, rules, conflicts.</summary>
public sealed class CommitteeFormsTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    private static string Id(SeatId seat) => seat.Value.ToString();

    [Theory]
    [InlineData("/Committee/GrantSeat")]
    [InlineData("/Committee/EndSeat/{0}")]
    [InlineData("/Committee/Appoint/{0}")]
    [InlineData("/Committee/EndRepresentative/{0}")]
    [InlineData("/Committee/AssignPost/{0}")]
    public async Task Forms_AskVisitorsToLogIn_AndRefuseMembers(string pattern)
    {
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Id(DemoIds.CommitteeSeat(DemoIds.WorldVision)));
        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);

        Assert.Contains("/Account/Login", await anonymous.RedirectOfAsync(path), StringComparison.Ordinal);
        Assert.Contains("/Account/AccessDenied", await member.RedirectOfAsync(path), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await admin.StatusOfAsync(path));
    }

    [Fact]
    public async Task GrantSeat_WithoutOrganisation_ShowsTheErrorNextToTheField()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var (status, _, document) = await client.SubmitAsync("/Committee/GrantSeat", "[data-testid=grant-seat-form]", new() { ["Input.OrganisationId"] = "" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Fusha „Institucioni” është e detyrueshme.", document.Text("[data-valmsg-for='Input.OrganisationId']"));
    }

    [Fact]
    public async Task GrantSeat_ASecondSeatForTheSameOrganisation_ShowsTheRule_AndKeepsTheInput()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var (status, _, document) = await client.SubmitAsync("/Committee/GrantSeat", "[data-testid=grant-seat-form]", new()
        {
            ["Input.OrganisationId"] = DemoIds.WorldVision.Value.ToString(),
            ["Input.Body"] = nameof(CommitteeBody.Committee),
            ["Input.Role"] = nameof(SeatRole.Invited),
            ["Input.From"] = "2023-11-15",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("më së shumti një vend në të njëjtin organ", document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.Equal(DemoIds.WorldVision.Value.ToString(), document.QuerySelector("#Input_OrganisationId option[selected]")?.GetAttribute("value"));
        Assert.Equal("2023-11-15", document.QuerySelector("#Input_From")?.GetAttribute("value"));
        Assert.Equal(nameof(SeatRole.Invited), document.QuerySelector("#Input_Role option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task AssignPost_ASecondChairOnTheSameDay_ShowsTheRule_AndKeepsTheInput()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var page = $"/Committee/AssignPost/{Id(DemoIds.CommitteeSeat(DemoIds.MunicipalityDurres))}";

        var (status, _, document) = await client.SubmitAsync(page, "[data-testid=seat-form]", new()
        {
            ["Input.Post"] = nameof(Post.Chair),
            ["Input.Day"] = "2023-11-20",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        var message = document.Text(".validation-summary")!;
        Assert.Contains("„Kryetar”", message, StringComparison.Ordinal);
        Assert.Equal(nameof(Post.Chair), document.QuerySelector("#Input_Post option[selected]")?.GetAttribute("value"));
        Assert.Equal("2023-11-20", document.QuerySelector("#Input_Day")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Appoint_APersonOfAnotherOrganisation_ShowsTheRule_AndAppointsNobody()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var seat = Id(DemoIds.CommitteeSeat(DemoIds.RegionalPolice));

        var (status, _, document) = await client.SubmitAsync($"/Committee/Appoint/{seat}", "[data-testid=seat-form]", new()
        {
            ["Input.PersonId"] = DemoIds.FabiolaEgro.Value.ToString(),
            ["Input.Capacity"] = nameof(RepresentationCapacity.Titular),
            ["Input.Day"] = "2023-11-01",
        });
        var history = await client.GetDocumentAsync($"/Committee/Seat/{seat}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("përfaqëson organizatën që e mban", document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.DoesNotContain(history.QuerySelectorAll("[data-testid=representative-history] tbody tr"),
            r => r.TextContent.Contains(site.Scenario.Person(DemoIds.FabiolaEgro).FullName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AssignPost_ThroughAnObserverSeat_ShowsTheRule()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var (status, _, document) = await client.SubmitAsync($"/Committee/AssignPost/{Id(DemoIds.CommitteeSeat(DemoIds.Unicef))}", "[data-testid=seat-form]", new()
        {
            ["Input.Post"] = nameof(Post.ViceChair),
            ["Input.Day"] = "2023-11-20",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("me të drejtë vote", document.Text(".validation-summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appoint_ADeputy_IsShownInTheSeatsHistory()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var seat = Id(DemoIds.TechnicalTableSeat(DemoIds.Prefecture));

        var (status, location, _) = await client.SubmitAsync($"/Committee/Appoint/{seat}", "[data-testid=seat-form]", new()
        {
            ["Input.PersonId"] = DemoIds.EmiljanJani.Value.ToString(),
            ["Input.Capacity"] = nameof(RepresentationCapacity.Deputy),
            ["Input.Day"] = "2023-11-01",
        });
        var history = await client.GetDocumentAsync($"/Committee/Seat/{seat}");

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal($"/Committee/Seat/{seat}", location);
        Assert.Contains(history.QuerySelectorAll("[data-testid=representative-history] tbody tr"),
            r => r.TextContent.Contains(site.Scenario.Person(DemoIds.EmiljanJani).FullName, StringComparison.Ordinal) && r.TextContent.Contains("Zëvendës", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EndSeat_WithAStaleForm_ShowsWhoChangedTheCommittee_AndKeepsTheInput()
    {
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);
        var page = $"/Committee/EndSeat/{Id(DemoIds.CommitteeSeat(DemoIds.LabourInspectorate))}";
        var stale = await secretary.GetDocumentAsync(page);
        var version = stale.QuerySelector("#Input_Version")!.GetAttribute("value")!;

        var (firstStatus, _, _) = await admin.SubmitAsync($"/Committee/EndSeat/{Id(DemoIds.CommitteeSeat(DemoIds.EmploymentOffice))}", "[data-testid=seat-form]", new() { ["Input.Day"] = "2023-12-31" });
        var (status, _, document) = await secretary.SubmitAsync(page, "[data-testid=seat-form]", new() { ["Input.Day"] = "2023-12-30", ["Input.Version"] = version });

        Assert.Equal(HttpStatusCode.Redirect, firstStatus);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("admin", document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.Contains("nuk u ruajt", document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.Equal("2023-12-30", document.QuerySelector("#Input_Day")?.GetAttribute("value"));
    }

    [Fact]
    public async Task EndRepresentative_EndsTheAppointment()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var seat = Id(DemoIds.CommitteeSeat(DemoIds.SotPerTeArdhmen));

        var (status, _, _) = await client.SubmitAsync($"/Committee/EndRepresentative/{seat}", "[data-testid=seat-form]", new()
        {
            ["Input.PersonId"] = DemoIds.FabiolaEgro.Value.ToString(),
            ["Input.Day"] = "2024-01-31",
        });
        var history = await client.GetDocumentAsync($"/Committee/Seat/{seat}");

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("31.01.2024", history.Text("[data-testid=representative-history] tbody tr"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignPost_HandingOverTheChair_MovesItOnThatDay()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var municipality = DemoIds.CommitteeSeat(DemoIds.MunicipalityKruje);
        var prefecture = DemoIds.CommitteeSeat(DemoIds.Prefecture);

        var (status, _, _) = await client.SubmitAsync($"/Committee/AssignPost/{Id(municipality)}", "[data-testid=seat-form]", new()
        {
            ["Input.Post"] = nameof(Post.Chair),
            ["Input.HandOver"] = "true",
            ["Input.Day"] = "2024-03-01",
        });
        var before = await client.GetDocumentAsync("/Committee?date=2024-02-29");
        var after = await client.GetDocumentAsync("/Committee?date=2024-03-01");

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("Kryetar", before.Text($"[data-testid=roster-Committee] tr[data-seat='{Id(prefecture)}'] [data-testid=posts]"));
        Assert.Equal("", before.Text($"[data-testid=roster-Committee] tr[data-seat='{Id(municipality)}'] [data-testid=posts]"));
        Assert.Equal("Kryetar", after.Text($"[data-testid=roster-Committee] tr[data-seat='{Id(municipality)}'] [data-testid=posts]"));
        Assert.Equal("", after.Text($"[data-testid=roster-Committee] tr[data-seat='{Id(prefecture)}'] [data-testid=posts]"));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var status = await client.PostWithoutTokenAsync($"/Committee/EndSeat/{Id(DemoIds.CommitteeSeat(DemoIds.Unicef))}", "Input.Day=2023-12-01&Input.Version=1");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }
}
