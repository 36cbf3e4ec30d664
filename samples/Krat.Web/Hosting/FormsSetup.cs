using Microsoft.AspNetCore.Mvc;

namespace Krat.Web.Hosting;

/// <summary>Registers the site-wide handling of forms: refused input as form errors, and submissions that happen once.</summary>
public static class FormsSetup
{
    /// <summary>Adds <see cref="SubmitOnceFilter"/> (outer) and <see cref="RefusedInputFilter"/> to every page.</summary>
    public static IServiceCollection AddKratForms(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.Configure<MvcOptions>(options =>
        {
            options.Filters.Add<SubmitOnceFilter>();
            options.Filters.Add<RefusedInputFilter>();
        });
        return services;
    }
}
