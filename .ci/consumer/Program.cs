// Prefektura.Korce: the site another prefecture writes on the Krat packages only, as docs/embedding.md builds
// it step by step (the regions below are the guide's snippets). .ci/consumer-check packs the packages, builds
// this project against them outside the repository and runs `dotnet run -- check`.
#region usings
using System.Globalization;
using Krat.Infrastructure;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Scoping;
using NodaTime;
using Prefektura.Korce.Hosting;
using Prefektura.Korce.Setup;
#endregion
using Prefektura.Korce.Check;

if (args is ["check"])
{
    return await ConsumerCheck.RunAsync();
}

#region program
var builder = WebApplication.CreateBuilder(args);

// Quiet logging: EF Core logs every SQL statement at Information level; keep its warnings and errors.
builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);

// Your choice: where the SQLite file lives. Krat never reads configuration itself; the host passes it.
builder.Services.AddKrat(builder.Configuration.GetConnectionString("Krat") ?? "Data Source=krat.db");

// "Now" for the rules that need it (a meeting is held only once it has started) and for "today" on pages.
builder.Services.AddSingleton<IClock>(SystemClock.Instance);

// Who changed what (audit columns), and which committee every query of a request is limited to.
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, SignedInUser>();
builder.Services.AddScoped<ICommitteeScope, PrefectureScope>();

// The guide's steps that create KRAT Korçë (section 4).
builder.Services.AddScoped<KorceSetup>();

builder.Services.AddRazorPages();
var app = builder.Build();

// Your choice: apply the migrations at start-up, or from your deployment pipeline.
await app.Services.MigrateKratDatabaseAsync();

// Once: `dotnet run -- --create-korce 2026` creates KRAT Korçë with the October of that year.
if (app.Configuration["create-korce"] is { } year)
{
    await using var scope = app.Services.CreateAsyncScope();
    var setup = scope.ServiceProvider.GetRequiredService<KorceSetup>();
    if (await setup.FindCommitteeAsync(CancellationToken.None) is null)
    {
        var created = await setup.RunAsync(int.Parse(year, CultureInfo.InvariantCulture), CancellationToken.None);
        app.Logger.LogWarning("KRAT Korçë created: set Krat:CommitteeId to {CommitteeId}", created.CommitteeId.Value);
    }
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseRouting();
app.UseAuthorization();

app.MapStaticAssets();      // the template's wwwroot (css, js, lib): without it the site's CSS is 404
app.MapRazorPages().WithStaticAssets();

await app.RunAsync();
#endregion
return 0;
