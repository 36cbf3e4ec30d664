using AngleSharp.Dom;
using Krat.Demo.Durres;
using Krat.Domain.Organisations;
using Krat.Web.Pages.CommitteePages;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Meetings;

namespace Krat.Web.Tests.CommitteePages;

/// <summary>
/// The committee forms' pickers read names only, and only those the form can use, so that a national-sized
/// directory is never listed whole: the seat form offers the county's and the central organisations (at most
/// <see cref="CommitteeFormModel.PickerSize"/>, narrowed by a search), the appointment form the people of the seat's
/// organisation, the form that ends an appointment the seat's representatives.
/// </summary>
public sealed class CommitteePickersTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    [Fact]
    public async Task GrantSeat_OffersTheCountysAndCentralOrganisations_NarrowedByTheSearch()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var unicef = site.Scenario.Organisation(DemoIds.Unicef);
        var county = site.Scenario.KratDurres.County;
        var elsewhere = site.Scenario.Organisations.Where(o => o.County != county && o.Level != OrganisationLevel.Central).Select(o => o.Id.Value.ToString()).ToList();

        var all = Options(await client.GetDocumentAsync("/Committee/GrantSeat"), "Input.OrganisationId");
        var found = Options(await client.GetDocumentAsync($"/Committee/GrantSeat?org={Uri.EscapeDataString(unicef.Name)}"), "Input.OrganisationId");

        Assert.InRange(all.Count, 2, CommitteeFormModel.PickerSize);
        Assert.Empty(all.Intersect(elsewhere));
        Assert.Contains(unicef.Id.Value.ToString(), found);
        Assert.True(found.Count < all.Count, $"The search kept {found.Count} of {all.Count} organisations.");
    }

    [Fact]
    public async Task Appoint_OffersThePeopleOfTheSeatsOrganisation_Only()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var prefecture = DemoIds.Prefecture;
        var people = site.Scenario.People.ToList();

        var offered = Options(await client.GetDocumentAsync($"/Committee/Appoint/{DemoIds.CommitteeSeat(prefecture).Value}"), "Input.PersonId");

        Assert.NotEmpty(offered);
        Assert.True(offered.Count < people.Count, "Every person of the directory is offered.");
        Assert.All(offered, id => Assert.Contains(people.Single(p => p.Id.Value.ToString() == id).Representations, r => r.OrganisationId == prefecture));
        Assert.DoesNotContain(DemoIds.FabiolaEgro.Value.ToString(), offered);
    }

    [Fact]
    public async Task EndRepresentative_OffersTheSeatsRepresentatives_Only()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var seatId = DemoIds.CommitteeSeat(DemoIds.Prefecture);
        var seat = site.Scenario.KratDurres.FindSeat(seatId)!;

        var offered = Options(await client.GetDocumentAsync($"/Committee/EndRepresentative/{seatId.Value}"), "Input.PersonId");

        Assert.NotEmpty(offered);
        Assert.Equal(seat.Representatives.Select(r => r.PersonId.Value.ToString()).Distinct().Order(StringComparer.Ordinal), offered.Order(StringComparer.Ordinal));
    }

    /// <summary>The values a select offers, the empty "choose" option left out.</summary>
    private static List<string> Options(IDocument document, string name) =>
        [.. document.QuerySelectorAll($"select[name='{name}'] option").Select(o => o.GetAttribute("value") ?? string.Empty).Where(v => v.Length > 0)];
}
