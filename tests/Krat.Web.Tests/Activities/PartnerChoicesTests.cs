using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Infrastructure.Repositories;
using Krat.Web.Pages.Activities;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Krat.Web.Tests.Activities;

/// <summary>
/// The activity form's partners: a capped list of the committee county's and central organisations, narrowed by the
/// server-side <c>?org=</c> search (diacritics ignored), with the partners already chosen kept checked.
/// </summary>
public sealed class PartnerChoicesTests(ActivitiesSite site) : IClassFixture<ActivitiesSite>
{
    private const string Partners = "[data-testid=partner-choices] input[name='Input.PartnerOrganisationIds']";

    /// <summary>A central organisation whose name sorts after the many regional ones added, so the cap leaves it out.</summary>
    private static readonly OrganisationId CentralKorce = new(Guid.Parse("00000000-0000-7000-8000-0000000b0001"));

    /// <summary>An organisation of another county (Korçë): never offered to KRAT Durrës.</summary>
    private static readonly OrganisationId OtherCounty = new(Guid.Parse("00000000-0000-7000-8000-0000000b0002"));

    [Fact]
    public async Task Create_OffersAtMostTheCapOfPartners_AndSaysMoreMatch()
    {
        await EnsureOrganisationsAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var form = await client.GetDocumentAsync("/Activities/Create");

        var offered = form.QuerySelectorAll(Partners).Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(PartnerChoices.Size, offered.Count);
        Assert.Equal(offered.Count, offered.Distinct().Count());
        Assert.DoesNotContain(CentralKorce.Value.ToString(), offered);
        Assert.DoesNotContain(OtherCounty.Value.ToString(), offered);
        Assert.Equal(PartnerChoices.Size + 1, form.QuerySelectorAll("select[name='Input.LeadOrganisationId'] option").Length);
        Assert.NotNull(form.QuerySelector("form[method=get][data-testid=organisation-search-partners] input[name=org]"));
        Assert.NotNull(form.QuerySelector("[data-testid=organisation-search-partners] .field-hint"));
    }

    [Fact]
    public async Task ActivitiesList_FilterOffersAtMostTheCap_AndKeepsTheOrganisationFilteredOn()
    {
        await EnsureOrganisationsAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var list = await client.GetDocumentAsync("/Activities");
        var filtered = await client.GetDocumentAsync($"/Activities?organisation={OtherCounty.Value}");

        var options = list.QuerySelectorAll("#filter-organisation option[value]:not([value=''])").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(PartnerChoices.Size, options.Count);
        Assert.DoesNotContain(OtherCounty.Value.ToString(), options);
        Assert.Equal(OtherCounty.Value.ToString(), filtered.QuerySelector("#filter-organisation option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Search_WithoutDiacritics_FindsTheOrganisation_AndPostsIt()
    {
        await EnsureOrganisationsAsync();
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var found = await client.GetDocumentAsync("/Activities/Create?org=korce");
        var (action, fields) = await client.OpenFormAsync("/Activities/Create?org=korce");
        using var response = await client.PostFieldsAsync(action, fields.With(
            ("Input.Kind", [nameof(ActivityKind.Workshop)]),
            ("Input.Title", ["Punëtori me partner të gjetur"]),
            ("Input.PlannedStart", ["2023-11-21"]),
            ("Input.Municipalities", ["Durrës"]),
            ("Input.LeadOrganisationId", [DemoIds.Prefecture.Value.ToString()]),
            ("Input.PartnerOrganisationIds", [CentralKorce.Value.ToString()]),
            ("Input.TargetGroups", [nameof(TargetGroup.Teachers)])));

        var labels = found.QuerySelectorAll("[data-testid=partner-choices] label.check").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("Zyra Qendrore e Studimeve Korçë", labels);
        Assert.All(labels, label => Assert.Contains("korce", Domain.Common.AlbanianText.Fold(label), StringComparison.Ordinal));
        Assert.DoesNotContain(OtherCounty.Value.ToString(), found.QuerySelectorAll(Partners).Select(i => i.GetAttribute("value")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split('/', '?')[3]);
        Assert.Equal([CentralKorce], (await site.StoredAsync(new ActivityId(id))).PartnerOrganisationIds);
    }

    [Fact]
    public async Task Edit_KeepsAChosenPartnerOutsideTheCap_Checked_AndSavesItAgain()
    {
        await EnsureOrganisationsAsync();
        ActivityId id;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var activity = Activity.Plan(new ActivityPlan
            {
                CommitteeId = DemoIds.KratDurres,
                County = CountyCode.From("AL-02"),
                Kind = ActivityKind.AwarenessSession,
                Title = "Seancë me partner nga Korça",
                PlannedDays = Activity.Days(new LocalDate(2023, 10, 30)),
                Municipalities = [Albania.Municipality("Durrës")],
                LeadOrganisationId = DemoIds.EducationOffice,
                TargetGroups = [TargetGroup.Pupils],
                PartnerOrganisationIds = [OtherCounty, CentralKorce],
            });
            var activities = scope.ServiceProvider.GetRequiredService<IRepository<Activity>>();
            await activities.AddAsync(activity);
            await activities.SaveChangesAsync();
            id = activity.Id;
        }

        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var form = await client.GetDocumentAsync($"/Activities/Edit/{id.Value}");
        var (action, fields) = await client.OpenFormAsync($"/Activities/Edit/{id.Value}");
        using var response = await client.PostFieldsAsync(action, fields.With("Input.Title", "Seancë me partner nga Korça (ndryshuar)"));

        var checkedPartners = form.QuerySelectorAll(Partners).Where(i => i.HasAttribute("checked")).Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal([OtherCounty.Value.ToString(), CentralKorce.Value.ToString()], checkedPartners);
        Assert.True(form.QuerySelectorAll(Partners).Length <= PartnerChoices.Size + 2);
        Assert.NotNull(form.QuerySelector($"select[name='Input.LeadOrganisationId'] option[value='{DemoIds.EducationOffice.Value}'][selected]"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await site.StoredAsync(id);
        Assert.Equal("Seancë me partner nga Korça (ndryshuar)", stored.Title);
        Assert.Equal([OtherCounty, CentralKorce], stored.PartnerOrganisationIds);
    }

    /// <summary>More regional organisations of Durrës than the cap, one central organisation of Korçë sorting last, one of Korçë county.</summary>
    private async Task EnsureOrganisationsAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var organisations = scope.ServiceProvider.GetRequiredService<IRepository<Organisation>>();
        if (await organisations.GetByIdAsync(CentralKorce) is not null)
        {
            return;
        }

        for (var i = 1; i <= PartnerChoices.Size + 10; i++)
        {
            await organisations.AddAsync(Organisation.Register($"Institucioni rajonal {i:00} i Durrësit", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, CountyCode.From("AL-02")));
        }

        await organisations.AddAsync(Organisation.Register("Zyra Qendrore e Studimeve Korçë", OrganisationKind.CentralStateInstitution, OrganisationLevel.Central, id: CentralKorce));
        await organisations.AddAsync(Organisation.Register("Drejtoria Rajonale e Korçës", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, CountyCode.From("AL-06"), id: OtherCounty));
        await organisations.SaveChangesAsync();
    }
}
