using System.Globalization;
using Krat.Domain.Common;
using Krat.Infrastructure.Errors;
using Krat.Web.Hosting;
using Krat.Web.Tests.Harness;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Krat.Web.Tests.Hosting;

// The one place the site turns a refused change into a form error, with the site's own resources: each kind of
// refusal gets its message in the reader's language, under the key the page names; a fault is left alone.
public sealed class FormErrorsTests(KratWebFactory site) : IClassFixture<KratWebFactory>
{
    private static readonly Instant Changed = Instant.FromUtc(2023, 10, 31, 9, 15);

    [Theory]
    [InlineData("sq-AL", "admin e ndryshoi këtë regjistrim më 31.10.2023 10:15")]
    [InlineData("en", "admin changed this record on 31 Oct 2023 10:15")]
    public async Task AConcurrentChange_NamesWhoAndWhen(string culture, string expected)
    {
        var message = await MessageAsync(culture, Conflict(changedBy: "admin", at: Changed, deleted: false));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sq-AL", "Ky regjistrim u fshi nga admin ndërkohë që e redaktonit")]
    [InlineData("en", "This record was deleted by admin while you were editing it")]
    public async Task ADeletionMeanwhile_SaysDeleted_NotChanged(string culture, string expected)
    {
        var message = await MessageAsync(culture, Conflict(changedBy: "admin", at: Changed, deleted: true));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sq-AL", "u fshi ndërkohë")]
    [InlineData("en", "deleted meanwhile")]
    public async Task ADeletionByNobodyKnown_SaysDeletedMeanwhile(string culture, string expected)
    {
        var message = await MessageAsync(culture, Conflict(changedBy: null, at: null, deleted: true));

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedRule_GoesUnderTheFieldNamed_WithTheDomainsMessage_AndAFaultIsLeftAlone()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var errors = scope.ServiceProvider.GetRequiredService<FormErrors>();
        var state = new ModelStateDictionary();
        var rule = new DomainArgumentException(new Label("Titulli mungon.", "The title is missing."), "title");

        Assert.True(errors.TryShow(state, rule, "Input.Title"));
        Assert.False(errors.TryShow(state, new InvalidOperationException("a fault"), "Input.Title"));

        var entry = Assert.Single(state);
        Assert.Equal("Input.Title", entry.Key);
        Assert.Equal(rule.Message, Assert.Single(entry.Value!.Errors).ErrorMessage);
    }

    private async Task<string> MessageAsync(string culture, Exception exception)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            await using var scope = site.Services.CreateAsyncScope();
            return scope.ServiceProvider.GetRequiredService<FormErrors>().MessageOf(exception) ?? string.Empty;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    private static ConcurrencyConflictException Conflict(string? changedBy, Instant? at, bool deleted) =>
        new("conflict", "Activity", "1", changedBy, at, storedVersion: deleted ? null : 2, wasDeleted: deleted, innerException: null);
}
