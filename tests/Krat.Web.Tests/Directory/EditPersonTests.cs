using System.Net;
using Krat.Demo.Durres;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Krat.Web.Tests.Meetings;

namespace Krat.Web.Tests.DirectoryPages;

/// <summary>
/// A person's position in Albanian and English (/Directory/EditPerson): who may change it, what the pages then show in
/// each language, and hostile input (too long, bidirectional controls, markup) refused with a form error and nothing changed.
/// </summary>
public sealed class EditPersonTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    private static readonly string EgroPage = $"/Directory/Person/{DemoIds.FabiolaEgro.Value}";
    private static readonly string EditEgro = $"/Directory/EditPerson/{DemoIds.FabiolaEgro.Value}";

    [Fact]
    public async Task ThePrefect_HasTheSeedsEnglishPosition_OnEnglishPagesOnly()
    {
        using var client = site.CreateSiteClient();
        var page = $"/Directory/Person/{DemoIds.EmiljanJani.Value}";

        var albanian = await client.GetDocumentAsync(page);
        (await client.SwitchCultureAsync("en", page)).Dispose();
        var english = await client.GetDocumentAsync(page);
        var list = await client.GetDocumentAsync("/Directory?q=jani");

        Assert.Equal("Prefekt i Qarkut Durrës", albanian.Text("[data-testid=position]"));
        Assert.Equal("Prefect of Durrës County", english.Text("[data-testid=position]"));
        Assert.Equal("en", english.QuerySelector("[data-testid=position]")?.GetAttribute("lang"));
        Assert.Contains("Prefect of Durrës County", list.Text("tr[data-testid=person]"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("member")]
    public async Task OnlyASecretaryOrAdministrator_MayChangeAPosition(string who)
    {
        using var client = who == "member" ? await site.CreateClientLoggedInAsAsync(DemoAccounts.Member) : site.CreateSiteClient();

        using var response = await client.GetAsync(EditEgro);
        var person = await client.GetDocumentAsync(EgroPage);

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.Forbidden, $"{who}: {response.StatusCode}");
        Assert.Null(person.QuerySelector("[data-testid=edit-position]"));
    }

    [Theory]
    [InlineData("Position.EnglishPositionTitle", 201, "", "at most 200")]
    [InlineData("Position.EnglishPositionTitle", 0, "Head\u202Eof the network", "direction of writing")]
    [InlineData("Position.EnglishPositionTitle", 0, "<script>alert(1)</script>", "plain text")]
    [InlineData("Position.PositionTitle", 0, "Drejtuese <b>e rrjetit</b>", "plain text")]
    [InlineData("Position.PositionTitle", 0, "\u2067Drejtuese\u2069", "direction of writing")]
    [InlineData("Position.Honorific", 21, "", "at most 20")]
    public async Task HostileInput_IsAFormError_AndChangesNothing(string field, int length, string text, string message)
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        (await client.SwitchCultureAsync("en")).Dispose();
        var before = DatabaseFingerprint.Of(site.DatabasePath);

        using var response = await client.SubmitFormAsync(EditEgro, "form[data-testid=person-form]", new Dictionary<string, string>
        {
            [field] = length > 0 ? new string('x', length) : text,
        });
        var document = await response.ReadDocumentAsync();

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}");
        Assert.Contains(message, document.Text($"[data-valmsg-for='{field}']") + document.Text(".validation-summary"), StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(site.DatabasePath));
    }

    [Fact]
    public async Task AnEnglishTitleWithoutTheAlbanianOne_IsRefused()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var before = DatabaseFingerprint.Of(site.DatabasePath);

        using var response = await client.SubmitFormAsync(EditEgro, "form[data-testid=person-form]", new Dictionary<string, string>
        {
            ["Position.PositionTitle"] = "",
            ["Position.EnglishPositionTitle"] = "Director",
        });
        var document = await response.ReadDocumentAsync();

        Assert.Contains("titullin në shqip", document.Text("[data-valmsg-for='Position.EnglishPositionTitle']"), StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(site.DatabasePath));
    }

    [Fact]
    public async Task ASecretary_ChangesTheEnglishPosition_AndEnglishPagesShowIt()
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var person = await client.GetDocumentAsync(EgroPage);
        Assert.NotNull(person.QuerySelector("[data-testid=edit-position]"));

        using var response = await client.SubmitFormAsync(EditEgro, "form[data-testid=person-form]", new Dictionary<string, string>
        {
            ["Position.EnglishPositionTitle"] = "Director of the Network",
        });
        var albanian = await client.GetDocumentAsync(EgroPage);
        (await client.SwitchCultureAsync("en", EgroPage)).Dispose();
        var english = await client.GetDocumentAsync(EgroPage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("Drejtuese e Rrjetit", albanian.Text("[data-testid=position]"), StringComparison.Ordinal);
        Assert.Equal("Director of the Network", english.Text("[data-testid=position]"));
    }
}
