using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.Extensions.Caching.Memory;

namespace Krat.Web.Hosting;

/// <summary>
/// Runs a signed-in user's form handler once per <see cref="SubmitOnce.FieldName"/>: the first submission runs and,
/// when it succeeds (a redirect), its destination is remembered; the same submission again is sent to that
/// destination without running the handler, and while the first is still running it answers 409. A refused
/// submission (the form shown again, with a new value) is forgotten. Forms without the field run as before.
/// </summary>
public sealed class SubmitOnceFilter(IMemoryCache cache, IUrlHelperFactory urls) : IAsyncPageFilter
{
    private static readonly Lock Gate = new();

    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method)
            || context.HttpContext.User.Identity is not { IsAuthenticated: true, Name: { } user }
            || !request.HasFormContentType
            || !Guid.TryParseExact((await request.ReadFormAsync(context.HttpContext.RequestAborted))[SubmitOnce.FieldName].ToString(), "N", out var submission))
        {
            await next();
            return;
        }

        var key = $"submit-once:{user}:{submission:N}";
        Submission? earlier;
        lock (Gate)
        {
            if (!cache.TryGetValue(key, out earlier))
            {
                cache.Set(key, new Submission(), SubmitOnce.Remembered);
            }
        }

        if (earlier is not null)
        {
            context.Result = earlier.Destination is { } destination ? new RedirectResult(destination) : new StatusCodeResult(StatusCodes.Status409Conflict);
            return;
        }

        var executed = await next();
        if (Destination(context, executed.Result) is { } url && executed.Exception is null)
        {
            cache.Set(key, new Submission { Destination = url }, SubmitOnce.Remembered);
        }
        else
        {
            cache.Remove(key);
        }
    }

    private string? Destination(PageHandlerExecutingContext context, IActionResult? result) => result switch
    {
        RedirectResult redirect => redirect.Url,
        LocalRedirectResult local => local.Url,
        RedirectToPageResult page => urls.GetUrlHelper(context).Page(page.PageName, page.PageHandler, page.RouteValues, page.Protocol, page.Host, page.Fragment),
        RedirectToRouteResult route => urls.GetUrlHelper(context).RouteUrl(route.RouteName, route.RouteValues),
        _ => null,
    };

    private sealed class Submission
    {
        public string? Destination { get; init; }
    }
}
