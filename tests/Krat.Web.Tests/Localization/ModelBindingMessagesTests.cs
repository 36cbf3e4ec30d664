using System.Globalization;
using System.Net;
using System.Resources;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Web.Security;
using Krat.Web.Tests.Activities;
using Krat.Web.Tests.Harness;

namespace Krat.Web.Tests.Localization;

/// <summary>A value the site cannot read ("Bogus" for a code) is refused with a message in the reader's language, never ASP.NET's English default.</summary>
public sealed class ModelBindingMessagesTests(ActivitiesSite site) : IClassFixture<ActivitiesSite>
{
    private static readonly ResourceManager Shared = new("Krat.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    [Theory]
    [InlineData("sq-AL")]
    [InlineData("en")]
    public async Task UnreadableCode_IsRefused_WithTheMessageInTheReadersLanguage(string cultureName)
    {
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        (await client.SwitchCultureAsync(cultureName)).Dispose();
        var (action, fields) = await client.OpenFormAsync("/Activities/Create");

        using var response = await client.PostFieldsAsync(action, fields.With(
            ("Input.Kind", [nameof(ActivityKind.Workshop)]),
            ("Input.Title", ["Punëtori"]),
            ("Input.PlannedStart", ["2023-11-20"]),
            ("Input.LeadOrganisationId", [DemoIds.Prefecture.Value.ToString()]),
            ("Input.TargetGroups", ["Bogus"]),
            ("Input.Visibility", [nameof(Visibility.Public)])));
        var page = await response.ReadDocumentAsync();

        var expected = string.Format(CultureInfo.InvariantCulture, Shared.GetString("Validation.ValueIsInvalid", CultureInfo.GetCultureInfo(cultureName))!, "Bogus");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid.", page.Body.TextContent.Replace(expected, "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
