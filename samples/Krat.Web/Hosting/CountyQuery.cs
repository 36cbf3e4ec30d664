using Krat.Domain.Geography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Krat.Web.Hosting;

/// <summary>
/// The county a visitor asks for in the address (<c>?qark=AL-06</c>, or by name, <c>?qark=Korçë</c>): the one place
/// the site reads it. Administrators and the public choose the county they view with it; pages keep it on their
/// links, forms and redirects with <see cref="Qark"/>. A value that names no county is refused with a 400 by
/// <see cref="CountyQueryFilter"/> before any page runs.
/// </summary>
public static class CountyQuery
{
    /// <summary>The name of the query value.</summary>
    public const string Name = "qark";

    /// <summary>The county value as asked, to keep on links, forms and redirects; <see langword="null"/> when none.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The value as typed (a code or a name), or <see langword="null"/>.</returns>
    public static string? Qark(this HttpRequest? request) =>
        request?.Query[Name].ToString() is { Length: > 0 } value ? value : null;

    /// <summary>The county asked for, or <see langword="null"/> when none was asked (or the value names none).</summary>
    /// <param name="request">The request.</param>
    /// <returns>The county.</returns>
    public static County? County(this HttpRequest? request) => Albania.FindCounty(request.Qark());

    /// <summary>Whether the request asks for a county by a value that names none (<c>?qark=Bogus</c>).</summary>
    /// <param name="request">The request.</param>
    /// <returns><see langword="true"/> for an unknown county.</returns>
    public static bool AsksForUnknownCounty(this HttpRequest? request) => request.Qark() is not null && request.County() is null;
}

/// <summary>Answers 400 to a request whose <c>?qark=</c> names no county, instead of silently showing another county.</summary>
public sealed class CountyQueryFilter : IResourceFilter
{
    /// <inheritdoc />
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.Request.AsksForUnknownCounty())
        {
            context.Result = new BadRequestResult();
        }
    }

    /// <inheritdoc />
    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
