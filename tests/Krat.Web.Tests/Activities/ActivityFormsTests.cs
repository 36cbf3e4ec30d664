using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using NodaTime;
using Visibility = Krat.Domain.Activities.Visibility;

namespace Krat.Web.Tests.Activities;

/// <summary>Recording, editing, completing, postponing, rescheduling and cancelling activities, checked in the database.</summary>
public sealed class ActivityFormsTests(ActivitiesSite site) : IClassFixture<ActivitiesSite>
{
    private static readonly LocalDate Today = DurresScenario.ClosingDay;

    [Fact]
    public async Task Create_AsSecretary_StoresTheActivity_AndShowsIt()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (action, fields) = await client.OpenFormAsync("/Activities/Create");

        using var response = await client.PostFieldsAsync(action, fields.With(
            ("Input.Kind", [nameof(ActivityKind.Workshop)]),
            ("Input.Title", ["Punëtori për mësuesit e Krujës"]),
            ("Input.PlannedStart", ["2023-11-20"]),
            ("Input.Municipalities", ["Krujë", "Durrës"]),
            ("Input.LeadOrganisationId", [DemoIds.Prefecture.Value.ToString()]),
            ("Input.PartnerOrganisationIds", [DemoIds.WorldVision.Value.ToString()]),
            ("Input.TargetGroups", [nameof(TargetGroup.Teachers), nameof(TargetGroup.Parents)]),
            ("Input.MeasureId", [DemoIds.Measure(1).Value.ToString()]),
            ("Input.CampaignId", [""]),
            ("Input.Visibility", [nameof(Visibility.Public)])));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/', '?')[3]);
        var stored = await site.StoredAsync(new ActivityId(id));
        Assert.Equal("Punëtori për mësuesit e Krujës", stored.Title);
        Assert.Equal(DemoIds.KratDurres, stored.CommitteeId);
        Assert.Equal(["Krujë", "Durrës"], stored.Municipalities.Select(m => m.Name));
        Assert.Equal(DemoIds.Prefecture, stored.LeadOrganisationId);
        Assert.Equal([DemoIds.WorldVision], stored.PartnerOrganisationIds);
        Assert.Equal([TargetGroup.Teachers, TargetGroup.Parents], stored.TargetGroups);
        Assert.Equal(DemoIds.Measure(1), stored.MeasureId);
        Assert.Null(stored.CampaignId);
        Assert.Equal(new LocalDate(2023, 11, 20), stored.PlannedDays.Start);
        Assert.Equal(ActivityStatus.Planned, stored.Status);
        var details = await client.GetDocumentAsync(response.Headers.Location.OriginalString);
        Assert.Equal("Punëtori për mësuesit e Krujës", details.Text("h1"));
    }

    [Fact]
    public async Task Create_AsMember_FixesTheLeadToItsOwnOrganisation()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        var document = await client.GetDocumentAsync("/Activities/Create");
        Assert.NotNull(document.QuerySelector("[data-testid=lead-fixed]"));
        Assert.Null(document.QuerySelector("select[name='Input.LeadOrganisationId']"));
        var (action, fields) = await client.OpenFormAsync("/Activities/Create");

        using var response = await client.PostFieldsAsync(action, fields.With(
            ("Input.Kind", [nameof(ActivityKind.Outreach)]),
            ("Input.Title", ["Punë në terren në plazh"]),
            ("Input.PlannedStart", ["2023-11-22"]),
            ("Input.Municipalities", ["Durrës"]),
            ("Input.LeadOrganisationId", [DemoIds.EducationOffice.Value.ToString()]),
            ("Input.TargetGroups", [nameof(TargetGroup.ChildrenInStreetSituations)])));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/', '?')[3]);
        Assert.Equal(DemoIds.MunicipalityDurres, (await site.StoredAsync(new ActivityId(id))).LeadOrganisationId);
    }

    [Theory]
    [InlineData("sq-AL", "Fusha „Titulli” është e detyrueshme.", "Fusha „Bashkitë” kërkon të paktën një vlerë; zgjidhni një ose më shumë.")]
    [InlineData("en", "The field “Title” is required.", "The field “Municipalities” needs at least one value; choose one or more.")]
    public async Task Create_WithMissingFields_ShowsMessagesNextToThem_InTheChosenLanguage(string culture, string titleMessage, string municipalitiesMessage)
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        await client.SwitchCultureAsync(culture);
        var (action, fields) = await client.OpenFormAsync("/Activities/Create");

        using var response = await client.PostFieldsAsync(action, fields.With(
            ("Input.Kind", [nameof(ActivityKind.Workshop)]),
            ("Input.Title", [""]),
            ("Input.Venue", ["Salla e Prefekturës"]),
            ("Input.PlannedStart", ["2023-11-20"])));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal(titleMessage, ActivityPages.FieldError(document, "Input.Title"));
        Assert.Equal(municipalitiesMessage, ActivityPages.FieldError(document, "Input.Municipalities"));
        Assert.Equal("Salla e Prefekturës", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Venue")!.Value);
    }

    [Fact]
    public async Task Create_TitleTooLong_ShowsTheLimitFromTheDomain()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (action, fields) = await client.OpenFormAsync("/Activities/Create");

        using var response = await client.PostFieldsAsync(action, fields.With("Input.Title", new string('a', Activity.MaxTitleLength + 1)));

        var document = await response.ReadDocumentAsync();
        Assert.Equal($"Fusha „Titulli” mund të ketë deri në {Activity.MaxTitleLength} shenja.", ActivityPages.FieldError(document, "Input.Title"));
    }

    [Fact]
    public async Task Create_ForAnonymousVisitors_RedirectsToLogin()
    {
        using var client = site.CreateSiteClient();

        using var response = await client.GetAsync("/Activities/Create");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_AsSecretary_StoresTheChanges()
    {
        var id = await site.PlanAsync("Seancë për ndryshim", new LocalDate(2023, 11, 10));
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (action, fields) = await client.OpenFormAsync($"/Activities/Edit/{id.Value}");

        using var response = await client.PostFieldsAsync(action, fields.With(
            ("Input.Title", ["Seancë e ndryshuar në Shijak"]),
            ("Input.Municipalities", ["Shijak"]),
            ("Input.CampaignId", [DemoIds.October2023.Value.ToString()]),
            ("Input.Visibility", [nameof(Visibility.Public)])));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await site.StoredAsync(id);
        Assert.Equal("Seancë e ndryshuar në Shijak", stored.Title);
        Assert.Equal(["Shijak"], stored.Municipalities.Select(m => m.Name));
        Assert.Equal(DemoIds.October2023, stored.CampaignId);
        Assert.Equal(Visibility.Public, stored.Visibility);
        Assert.Equal(DemoIds.EducationOffice, stored.LeadOrganisationId);
    }

    [Fact]
    public async Task Edit_ByTheLeadOrganisationsMember_IsAllowed()
    {
        var id = await site.PlanAsync("Aktivitet i Bashkisë Durrës", new LocalDate(2023, 11, 12), DemoIds.MunicipalityDurres);
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        var (action, fields) = await client.OpenFormAsync($"/Activities/Edit/{id.Value}");

        using var response = await client.PostFieldsAsync(action, fields.With("Input.Venue", "Pallati i Kulturës"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Pallati i Kulturës", (await site.StoredAsync(id)).Venue);
    }

    [Theory]
    [InlineData("Edit")]
    [InlineData("Complete")]
    [InlineData("Schedule")]
    public async Task ChangingAnotherOrganisationsActivity_AsMember_IsForbidden(string page)
    {
        var id = await site.PlanAsync("Aktivitet i Zyrës Arsimore", new LocalDate(2023, 11, 13), DemoIds.EducationOffice);
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (action, fields) = await secretary.OpenFormAsync($"/Activities/{page}/{id.Value}");
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        var memberPage = await member.GetAsync($"/Activities/Details/{id.Value}");
        var details = await memberPage.ReadDocumentAsync();

        using var get = await member.GetAsync($"/Activities/{page}/{id.Value}");
        // The member's own anti-forgery token, on the form it may see (Create), to get past the token check.
        var (_, memberFields) = await member.OpenFormAsync("/Activities/Create");
        using var post = await member.PostFieldsAsync(action, fields.With("__RequestVerificationToken", memberFields.Single(f => f.Key == "__RequestVerificationToken").Value));

        Assert.Null(details.QuerySelector($"a[href*='/Activities/{page}/']"));
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("Aktivitet i Zyrës Arsimore", (await site.StoredAsync(id)).Title);
    }

    [Fact]
    public async Task Edit_AfterSomeoneElseSaved_ShowsWhoChangedItAndWhen_AndKeepsTheInput()
    {
        var id = await site.PlanAsync("Seancë e redaktuar nga dy", new LocalDate(2023, 11, 14));
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var admin = await site.CreateClientLoggedInAsAsync(DemoAccounts.Administrator);
        var (action, stale) = await secretary.OpenFormAsync($"/Activities/Edit/{id.Value}");
        var (adminAction, adminFields) = await admin.OpenFormAsync($"/Activities/Edit/{id.Value}");
        using var first = await admin.PostFieldsAsync(adminAction, adminFields.With("Input.Title", "Titulli i administratorit"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await secretary.PostFieldsAsync(action, stale.With("Input.Title", "Titulli i sekretarit"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var document = await second.ReadDocumentAsync();
        var summary = ActivityPages.Summary(document);
        Assert.Contains("admin e ndryshoi këtë regjistrim më 31.10.2023", summary, StringComparison.Ordinal);
        Assert.Equal("Titulli i sekretarit", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal("Titulli i administratorit", (await site.StoredAsync(id)).Title);
    }

    [Fact]
    public async Task Complete_WithReach_StoresTheDatesAndTheReach()
    {
        var id = await site.PlanAsync("Seancë për t'u realizuar", new LocalDate(2023, 10, 30));
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (action, fields) = await client.OpenFormAsync($"/Activities/Complete/{id.Value}");

        using var response = await client.PostFieldsAsync(action, fields.With(
            ("Input.ActualStart", ["2023-10-30"]),
            ("Input.Total", ["40"]),
            ("Input.Women", ["22"]),
            ("Input.Men", ["18"]),
            ("Input.Children", ["35"]),
            ("Input.Adults", ["5"])));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await site.StoredAsync(id);
        Assert.Equal(ActivityStatus.Completed, stored.Status);
        Assert.Equal(new LocalDate(2023, 10, 30), stored.ActualDays?.Start);
        Assert.Equal(Reach.Of(40, 22, 18, 35, 5), stored.Reach);
    }

    [Fact]
    public async Task Complete_WithABreakdownAboveTheTotal_ShowsTheEnglishMessage_AfterSwitchingToEnglish()
    {
        var id = await site.PlanAsync("Seancë me numra të gabuar në anglisht", new LocalDate(2023, 10, 29));
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        (await client.SwitchCultureAsync("en")).Dispose();
        var (action, fields) = await client.OpenFormAsync($"/Activities/Complete/{id.Value}");

        using var response = await client.PostFieldsAsync(action, fields.With(
            ("Input.ActualStart", ["2023-10-29"]),
            ("Input.Total", ["10"]),
            ("Input.Women", ["8"]),
            ("Input.Men", ["5"])));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("Women (8) and men (5) add up to 13, more than the 10 people reached.", ActivityPages.FieldError(document, "Input.Men"));
    }

    [Fact]
    public async Task Complete_WithABreakdownAboveTheTotal_ShowsTheMessageNextToTheField_AndKeepsTheInput()
    {
        var id = await site.PlanAsync("Seancë me numra të gabuar", new LocalDate(2023, 10, 29));
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (action, fields) = await client.OpenFormAsync($"/Activities/Complete/{id.Value}");

        using var response = await client.PostFieldsAsync(action, fields.With(
            ("Input.ActualStart", ["2023-10-29"]),
            ("Input.Total", ["10"]),
            ("Input.Women", ["8"]),
            ("Input.Men", ["5"])));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("Gratë (8) dhe burrat (5) bëjnë gjithsej 13, më shumë se totali i personave të arritur (10).", ActivityPages.FieldError(document, "Input.Men"));
        Assert.Equal("8", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Women")!.Value);
        Assert.Equal("10", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Total")!.Value);
        Assert.Equal(ActivityStatus.Planned, (await site.StoredAsync(id)).Status);
    }

    [Theory]
    [InlineData("sq-AL", "Fusha „Gjithsej të arritur” është e detyrueshme.", "Fusha „Gra dhe vajza” duhet të jetë nga 0 deri në 1000000.")]
    [InlineData("en", "The field “Total reached” is required.", "The field “Women and girls” must be from 0 to 1000000.")]
    public async Task Complete_WithoutTotal_OrNegativeCounts_ShowsMessagesNextToTheFields(string culture, string totalMessage, string womenMessage)
    {
        var id = await site.PlanAsync("Seancë pa total", new LocalDate(2023, 10, 28));
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        await client.SwitchCultureAsync(culture);
        var (action, fields) = await client.OpenFormAsync($"/Activities/Complete/{id.Value}");

        using var response = await client.PostFieldsAsync(action, fields.With(("Input.Total", [""]), ("Input.Women", ["-1"])));

        var document = await response.ReadDocumentAsync();
        Assert.Equal(totalMessage, ActivityPages.FieldError(document, "Input.Total"));
        Assert.Equal(womenMessage, ActivityPages.FieldError(document, "Input.Women"));
    }

    [Fact]
    public async Task Complete_OnADayAfterToday_IsRefused_WithTheDomainMessage()
    {
        var id = await site.PlanAsync("Seancë e ardhshme", new LocalDate(2023, 11, 5));
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (action, fields) = await client.OpenFormAsync($"/Activities/Complete/{id.Value}");

        using var response = await client.PostFieldsAsync(action, fields.With(("Input.ActualStart", ["2023-11-05"]), ("Input.Total", ["12"])));

        var document = await response.ReadDocumentAsync();
        Assert.Contains($"data që është pas ditës së sotme ({Today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)})", ActivityPages.FieldError(document, "Input.ActualStart"), StringComparison.Ordinal);
        Assert.Equal(ActivityStatus.Planned, (await site.StoredAsync(id)).Status);
    }

    [Fact]
    public async Task PostponeThenReschedule_AreStored()
    {
        var id = await site.PlanAsync("Seancë për t'u shtyrë", new LocalDate(2023, 11, 6));
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (_, fields) = await client.OpenFormAsync($"/Activities/Schedule/{id.Value}");

        using var postponed = await client.PostFieldsAsync($"/Activities/Schedule/{id.Value}?handler=Postpone", fields.With("Input.Reason", "Sëmundje e lektorit"));
        Assert.Equal(HttpStatusCode.Redirect, postponed.StatusCode);
        var afterPostpone = await site.StoredAsync(id);
        var (_, again) = await client.OpenFormAsync($"/Activities/Schedule/{id.Value}");
        using var rescheduled = await client.PostFieldsAsync($"/Activities/Schedule/{id.Value}?handler=Reschedule", again.With("Input.NewStart", "2023-12-04"));

        Assert.Equal(ActivityStatus.Postponed, afterPostpone.Status);
        Assert.Equal("Sëmundje e lektorit", afterPostpone.StatusReason);
        Assert.Equal(HttpStatusCode.Redirect, rescheduled.StatusCode);
        var stored = await site.StoredAsync(id);
        Assert.Equal(ActivityStatus.Planned, stored.Status);
        Assert.Equal(new LocalDate(2023, 12, 4), stored.PlannedDays.Start);
    }

    [Fact]
    public async Task Cancel_IsStored_WithItsReason_AndNeedsOne()
    {
        var id = await site.PlanAsync("Seancë për t'u anuluar", new LocalDate(2023, 11, 7));
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (_, fields) = await client.OpenFormAsync($"/Activities/Schedule/{id.Value}");

        using var withoutReason = await client.PostFieldsAsync($"/Activities/Schedule/{id.Value}?handler=Cancel", fields.With("Input.Reason", ""));
        var document = await withoutReason.ReadDocumentAsync();
        using var cancelled = await client.PostFieldsAsync($"/Activities/Schedule/{id.Value}?handler=Cancel", fields.With("Input.Reason", "Kushtet e motit"));

        Assert.Equal("Fusha „Arsyeja” është e detyrueshme.", ActivityPages.FieldError(document, "Input.Reason"));
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var stored = await site.StoredAsync(id);
        Assert.Equal(ActivityStatus.Cancelled, stored.Status);
        Assert.Equal("Kushtet e motit", stored.StatusReason);
    }

    [Fact]
    public async Task ATransitionTheDomainRefuses_ShowsItsMessage()
    {
        var id = await site.PlanAsync("Seancë e shtyrë dy herë", new LocalDate(2023, 11, 8));
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (_, fields) = await client.OpenFormAsync($"/Activities/Schedule/{id.Value}");
        using var first = await client.PostFieldsAsync($"/Activities/Schedule/{id.Value}?handler=Postpone", fields);
        var (_, again) = await client.OpenFormAsync($"/Activities/Schedule/{id.Value}");

        using var second = await client.PostFieldsAsync($"/Activities/Schedule/{id.Value}?handler=Postpone", again.With("Input.Reason", "Përsëri"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var summary = ActivityPages.Summary(await second.ReadDocumentAsync());
        Assert.Contains("shtyhet vetëm një aktivitet i planifikuar", summary, StringComparison.Ordinal);
        Assert.Equal(ActivityStatus.Postponed, (await site.StoredAsync(id)).Status);
    }

    [Theory]
    [InlineData("/Activities/Create")]
    [InlineData("/Activities/Edit/{0}")]
    [InlineData("/Activities/Complete/{0}")]
    [InlineData("/Activities/Schedule/{0}?handler=Cancel")]
    public async Task PostWithoutAntiforgeryToken_IsRejected(string path)
    {
        var id = await site.PlanAsync("Seancë pa token", new LocalDate(2023, 10, 27));
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var (_, fields) = await client.OpenFormAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id.Value).Split('?')[0]);

        using var response = await client.PostFieldsAsync(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id.Value),
            fields.Where(f => f.Key != "__RequestVerificationToken").ToList().With(("Input.Reason", ["x"]), ("Input.Title", ["Pa token"])));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Seancë pa token", (await site.StoredAsync(id)).Title);
    }

    [Fact]
    public async Task Paging_ShowsTwentyPerPage_AndThePageLinksKeepTheFilters()
    {
        for (var i = 1; i <= 23; i++)
        {
            await site.PlanAsync($"Faqosje provë {i}", new LocalDate(2023, 9, 1).PlusDays(i), municipality: "Krujë");
        }

        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var first = await client.GetDocumentAsync("/Activities?q=faqosje&municipality=Kruj%C3%AB");
        var next = first.QuerySelector("[data-testid=pager-next]")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(next);

        Assert.Equal(23, ActivityPages.Count(first));
        Assert.Equal(20, ActivityPages.RowIds(first).Count);
        Assert.Contains("q=faqosje", next, StringComparison.Ordinal);
        Assert.Contains("municipality=Kruj%C3%AB", next, StringComparison.Ordinal);
        Assert.Contains("p=2", next, StringComparison.Ordinal);
        Assert.Equal(3, ActivityPages.RowIds(second).Count);
        Assert.Empty(ActivityPages.RowIds(first).Intersect(ActivityPages.RowIds(second)));
        Assert.Equal("Faqosje provë 23", first.QuerySelector("[data-testid=activity-row] th")!.TextContent.Trim());
    }
}
