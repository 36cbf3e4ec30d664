using Microsoft.Net.Http.Headers;

namespace Krat.Web.Security;

/// <summary>
/// Keeps what a signed-in user sees out of every cache (the browser's back button and disk, shared proxies): pages,
/// exports, JSON, draft minutes.
/// </summary>
public static class PrivateResponses
{
    /// <summary>The header value sent on every response to a signed-in user.</summary>
    public const string NoStore = "no-store";

    /// <summary>
    /// Adds <c>Cache-Control: no-store</c> to every response to a signed-in user; place it after authentication.
    /// </summary>
    public static IApplicationBuilder UseKratPrivateResponses(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                if (context.User.Identity?.IsAuthenticated == true)
                {
                    response.Headers.CacheControl = NoStore;
                    response.Headers[HeaderNames.Pragma] = "no-cache";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
}
