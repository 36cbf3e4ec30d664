using Microsoft.AspNetCore.Mvc;

namespace Krat.Web.Hosting;

/// <summary>
/// Registers the site-wide handling of input: an unknown county in the address refused (400), refused input as form
/// errors, and submissions that happen once.
/// </summary>
public static class FormsSetup
{
    /// <summary>Adds <see cref="CountyQueryFilter"/>, <see cref="SubmitOnceFilter"/> (outer) and <see cref="RefusedInputFilter"/> to every page.</summary>
    public static IServiceCollection AddKratForms(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<FormErrors>();
        services.Configure<MvcOptions>(options =>
        {
            options.Filters.Add<CountyQueryFilter>();
            options.Filters.Add<SubmitOnceFilter>();
            options.Filters.Add<RefusedInputFilter>();
        });
        return services;
    }
}
