// Krat demo site: the example of how a prefecture embeds Krat in its own ASP.NET Core site.
// Lines marked "Your choice" are decisions an installation makes for itself.
using Krat.Documents;
using Krat.Domain.Common;
using Krat.Infrastructure;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.PostgreSql;
using Krat.Infrastructure.Scoping;
using Krat.Web;
using Krat.Web.Data;
using Krat.Web.Hosting;
using Krat.Web.Localization;
using Krat.Web.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

var builder = WebApplication.CreateBuilder(args);

// One database holds the domain and the accounts. Your choice: "Krat:Provider" is Sqlite (the default: one
// file; a relative "Data Source" is taken under the site's folder) or PostgreSql (a national installation), and
// ConnectionStrings:Krat says where the data is.
var postgreSql = string.Equals(builder.Configuration["Krat:Provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase);
var connectionString = postgreSql
    ? builder.Configuration.GetConnectionString("Krat") ?? throw new InvalidOperationException("Krat:Provider is PostgreSql: set ConnectionStrings:Krat.")
    : SqliteFile.Resolve(builder.Configuration.GetConnectionString("Krat") ?? "Data Source=krat-demo.db", builder.Environment.ContentRootPath);

// Demo mode seeds the Durrës scenario and demo accounts and shows their passwords on the login page.
// Your choice: keep "Krat:DemoMode" false in a real installation.
builder.Services.Configure<KratSiteOptions>(builder.Configuration.GetSection(KratSiteOptions.Section));
var demoMode = builder.Configuration.GetValue<bool>($"{KratSiteOptions.Section}:{nameof(KratSiteOptions.DemoMode)}");

// Dates the domain accepts (typing mistakes such as year 1 or 9999 are refused). Your choice: "Krat:Dates:Earliest"
// and "Krat:Dates:Latest" (ISO dates); 1990-01-01 to 2100-12-31 by default.
PlausibleDates.Configure(
    builder.Configuration.GetValue<DateOnly?>("Krat:Dates:Earliest") is { } earliest ? LocalDate.FromDateOnly(earliest) : PlausibleDates.DefaultEarliest,
    builder.Configuration.GetValue<DateOnly?>("Krat:Dates:Latest") is { } latest ? LocalDate.FromDateOnly(latest) : PlausibleDates.DefaultLatest);

// "Now" comes from NodaTime's clock (tests replace it with a FakeClock).
builder.Services.TryAddSingleton<IClock>(SystemClock.Instance);

// Krat: the domain's persistence on the same SQLite file (repositories, specifications, migrations).
builder.Services.AddKrat(o =>
{
    if (postgreSql)
    {
        o.UsePostgreSql(connectionString);   // Krat.Infrastructure.PostgreSql: its migrations and row-level security.
    }
    else
    {
        o.ConnectionString = connectionString;
    }
});
// Who changed what (audit columns) and which committee a signed-in secretary or member may see.
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, SignedInUser>();
builder.Services.AddScoped<ICommitteeScope, UserCommitteeScope>();
builder.Services.AddScoped<CurrentCommittee>();

// Krat.Documents: minutes as Word, reports as Excel, imports from spreadsheets, attachments. Your choice: the
// folder that keeps attached files ("Krat:AttachmentsFolder"; outside the web root, backed up with the database).
builder.Services.AddKratDocuments(Path.GetFullPath(
    builder.Configuration["Krat:AttachmentsFolder"] ?? "krat-attachments",
    builder.Environment.ContentRootPath));

builder.Services.AddKratLocalization();                 // Albanian (sq-AL) first, English second.
builder.Services.AddKratIdentity(connectionString, postgreSql);     // Accounts, roles, policies, secure cookies.
builder.Services.AddKratForms();                        // Refused input as form errors; each submission once.
builder.Services
    // Closed by default: every page requires a signed-in user unless its model says [AllowAnonymous].
    .AddRazorPages(options => options.Conventions.AuthorizeFolder("/"))
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(options =>
        options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

var app = builder.Build();

// Database at start-up: the domain's migrations first, then the accounts' (same file, own history table)
// and the roles. Your choice: an installation may run migrations from its deployment instead.
await app.Services.MigrateKratDatabaseAsync();
await app.Services.MigrateKratIdentityAsync();
if (demoMode)
{
    // Demo data: the Durrës reference scenario, seeded once into an empty database.
    await app.Services.SeedDemoDataAsync(withHistory: app.Configuration.GetValue<bool>("Krat:DemoHistory"));
    await app.Services.SeedDemoAccountsAsync();
}

// No stack trace reaches a visitor, not even under `dotnet run` (Development). Your choice: set
// "Krat:DeveloperErrorPage" true on a developer's machine to see exceptions in the browser.
if (app.Environment.IsDevelopment() && app.Configuration.GetValue<bool>("Krat:DeveloperErrorPage"))
{
    app.UseDeveloperExceptionPage();
}
else
{
    app.UseExceptionHandler("/Error");
}

if (!app.Environment.IsDevelopment())
{
    // Your choice: behind a reverse proxy that ends TLS, add UseForwardedHeaders before these.
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseStatusCodePagesWithReExecute("/Status/{0}");     // Friendly 400/403/404 pages.
app.UseKratSecurityHeaders();                           // CSP, nosniff, no framing, referrer policy.
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseKratPrivateResponses();                          // Cache-Control: no-store for signed-in users.

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();                 // Anti-forgery is validated on every POST.

await app.RunAsync();

/// <summary>Exposed for hosted tests (WebApplicationFactory).</summary>
public partial class Program;
