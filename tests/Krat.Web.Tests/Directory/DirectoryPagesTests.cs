using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Common;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace Krat.Web.Tests.DirectoryPages;

/// <summary>The directory: diacritic-insensitive search, organisation and person details (public, work data only).</summary>
public sealed class DirectoryPagesTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    [Theory]
    [InlineData("durres")]
    [InlineData("DURRËS")]
    [InlineData("qendra")]
    public async Task Index_FindsOrganisations_IgnoringDiacriticsAndCase(string query)
    {
        using var client = site.CreateSiteClient();
        var folded = AlbanianText.Fold(query);
        var expected = site.Scenario.Organisations.Count(o => AlbanianText.FoldAll(o.Name, o.EnglishName, o.Acronym).Contains(folded, StringComparison.Ordinal));

        var document = await client.GetDocumentAsync($"/Directory?q={Uri.EscapeDataString(query)}");

        Assert.True(expected > 0);
        Assert.Contains($"{expected} ", document.Text("[data-testid=organisations] caption"), StringComparison.Ordinal);
        Assert.Equal(Math.Min(expected, 15), document.QuerySelectorAll("tr[data-testid=organisation]").Length);
    }

    [Fact]
    public async Task Index_FindsPeople_ByPositionWithoutDiacritics()
    {
        using var client = site.CreateSiteClient();

        // Fabiola Egro's position is "Drejtuese e Rrjetit … \"Sot për të Ardhmen\"".
        var document = await client.GetDocumentAsync("/Directory?q=per+te+ardhmen");

        var person = Assert.Single(document.QuerySelectorAll("tr[data-testid=person]"));
        Assert.Contains(site.Scenario.Person(DemoIds.FabiolaEgro).FullName, person.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_PagesTheOrganisations()
    {
        using var client = site.CreateSiteClient();
        var total = site.Scenario.Organisations.Count;

        var second = await client.GetDocumentAsync("/Directory?op=2");

        Assert.Equal(total - 15, second.QuerySelectorAll("tr[data-testid=organisation]").Length);
    }

    [Fact]
    public async Task Index_WithNoMatch_SaysSo()
    {
        using var client = site.CreateSiteClient();

        var document = await client.GetDocumentAsync("/Directory?q=zzzqqq");

        Assert.NotNull(document.QuerySelector("[data-testid=no-organisations]"));
        Assert.NotNull(document.QuerySelector("[data-testid=no-people]"));
    }

    [Fact]
    public async Task Organisation_ShowsLabelsSeatsPeopleAndAttendance()
    {
        using var client = site.CreateSiteClient();
        var prefecture = site.Scenario.Organisation(DemoIds.Prefecture);
        var seats = site.Scenario.KratDurres.Seats.Count(s => s.OrganisationId == DemoIds.Prefecture);
        var people = site.Scenario.People.Count(p => p.Representations.Any(r => r.OrganisationId == DemoIds.Prefecture));
        var attended = site.Scenario.Meetings.Count(m => m.Attendance.Any(a => a.OrganisationId == DemoIds.Prefecture));

        var document = await client.GetDocumentAsync($"/Directory/Organisation/{DemoIds.Prefecture.Value}");

        Assert.Equal(prefecture.Name, document.Text("h1")!.Split(" (")[0]);
        Assert.Contains(prefecture.Kind.Label().Albanian, document.Text("[data-testid=organisation-facts]"), StringComparison.Ordinal);
        Assert.Contains("Durrës", document.Text("[data-testid=organisation-facts]"), StringComparison.Ordinal);
        Assert.Equal(seats, document.QuerySelectorAll("[data-testid=seats] tr[data-testid=seat]").Length);
        Assert.Equal(people, document.QuerySelectorAll("[data-testid=organisation-people] > li").Length);
        Assert.Equal(attended, document.QuerySelectorAll("[data-testid=attendance-entry]").Length);
    }

    [Fact]
    public async Task Organisation_HidesAttendanceOfDraftMinutesFromThePublic()
    {
        var draft = await site.AddDurresMeetingAsync(new NodaTime.LocalDate(2023, 11, 29), held: true);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var meetings = scope.ServiceProvider.GetRequiredService<Krat.Infrastructure.Repositories.IRepository<Domain.Meetings.Meeting>>();
            var committees = scope.ServiceProvider.GetRequiredService<Krat.Infrastructure.Repositories.IReadRepository<Domain.Committees.Committee>>();
            var committee = await committees.FirstOrDefaultAsync(new Domain.Committees.Specifications.CommitteeWithSeatsSpec(DemoIds.KratDurres));
            var meeting = await meetings.FirstOrDefaultAsync(new Domain.Meetings.Specifications.MeetingRecordSpec(draft.Id));
            meeting!.RecordAbsent(committee!.FindSeat(DemoIds.CommitteeSeat(DemoIds.Prefecture))!);
            await meetings.UpdateAsync(meeting, meeting.Version);
            await meetings.SaveChangesAsync();
        }

        using var anonymous = site.CreateSiteClient();
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        var path = $"/Directory/Organisation/{DemoIds.Prefecture.Value}";

        Assert.DoesNotContain("29.11.2023", (await anonymous.GetDocumentAsync(path)).Text("[data-testid=attendance-history]"), StringComparison.Ordinal);
        Assert.Contains("29.11.2023", (await member.GetDocumentAsync(path)).Text("[data-testid=attendance-history]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Person_ShowsPositionWorkContactsAndRepresentations()
    {
        using var client = site.CreateSiteClient();
        var prefect = site.Scenario.Person(DemoIds.EmiljanJani);

        var document = await client.GetDocumentAsync($"/Directory/Person/{DemoIds.EmiljanJani.Value}");

        Assert.Equal(prefect.ToString(), document.Text("h1"));
        Assert.Equal(prefect.PositionTitle, document.Text("[data-testid=position]"));
        Assert.Equal(prefect.WorkContacts[0].Value, document.Text("[data-testid=contacts] a[href^='mailto:']"));
        Assert.Equal(prefect.Representations.Count, document.QuerySelectorAll("[data-testid=representations] tbody tr").Length);
        Assert.Contains(site.Scenario.Organisation(DemoIds.Prefecture).Name, document.Text("[data-testid=representations]"), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("[data-testid=person-seats] li"));
    }

    [Theory]
    [InlineData("/Directory/Person/{0}")]
    [InlineData("/Directory/Organisation/{0}")]
    public async Task Details_OfAnUnknownRecord_AreNotFound(string pattern)
    {
        using var client = site.CreateSiteClient();

        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Guid.NewGuid())));
    }
}
