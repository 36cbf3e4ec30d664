using Krat.Demo.Durres;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Meetings;

/// <summary>The accessibility basics on every governance page: one h1, headings in order, a label for every field, captions on tables.</summary>
public sealed class GovernanceAccessibilityTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    public static TheoryData<string, bool> Pages() => new()
    {
        { "/Committee", false },
        { $"/Committee/Seat/{DemoIds.CommitteeSeat(DemoIds.Prefecture).Value}", false },
        { "/Meetings", false },
        { $"/Meetings/Details/{DemoIds.ClosingMeeting.Value}", false },
        { $"/Meetings/Minutes/{DemoIds.ClosingMeeting.Value}", false },
        { "/Directory", false },
        { $"/Directory/Organisation/{DemoIds.Prefecture.Value}", false },
        { $"/Directory/Person/{DemoIds.EmiljanJani.Value}", false },
        { "/Committee/GrantSeat", true },
        { $"/Committee/AssignPost/{DemoIds.CommitteeSeat(DemoIds.Prefecture).Value}", true },
        { $"/Committee/Appoint/{DemoIds.CommitteeSeat(DemoIds.Prefecture).Value}", true },
        { "/Meetings/Create", true },
        { $"/Meetings/Record/{DemoIds.ClosingMeeting.Value}", true },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_KeepsAccessibilityBasics(string path, bool asSecretary)
    {
        using var client = asSecretary ? await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary) : site.CreateSiteClient();

        var document = await client.GetDocumentAsync(path);

        Assert.Equal("sq", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
        var levels = document.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"Heading h{pair.Second} follows h{pair.First}."));
        foreach (var input in document.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
        {
            var id = input.GetAttribute("id");
            Assert.True(id is not null && document.QuerySelector($"label[for='{id}']") is not null, $"Field '{input.GetAttribute("name")}' has no label.");
        }

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(document.QuerySelectorAll("table"), table => Assert.NotNull(table.QuerySelector("caption")));
        Assert.All(document.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    [Fact]
    public async Task Pages_InEnglish_UseTheEnglishTexts()
    {
        using var client = site.CreateSiteClient();
        (await client.SwitchCultureAsync("en")).Dispose();

        var meetings = await client.GetDocumentAsync($"/Meetings/Details/{DemoIds.ClosingMeeting.Value}");
        var directory = await client.GetDocumentAsync("/Directory");

        Assert.Equal("Agenda", meetings.Text("#agenda-heading"));
        Assert.Equal("Organisations", directory.Text("#organisations-heading"));
    }
}
