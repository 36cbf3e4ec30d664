using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Krat.Web.Tests.Fuzz;

/// <summary>
/// Posts random and hostile values — overlong, bidirectional controls, script, huge numbers, years 1, 9999 and
/// 10000, unknown ids, missing fields — to every form handler of the site (every <c>OnPost*</c> of every Razor
/// page, found by reflection) as the secretary, and checks that none answers 5xx and that a refused post
/// (anything but a redirect) leaves the database exactly as it was.
/// </summary>
public sealed partial class FormHandlerFuzzTests(KratWebFactory site, ITestOutputHelper output) : IClassFixture<KratWebFactory>
{
    private const int Rounds = 6;

    /// <summary>
    /// Pages being rebuilt on another branch (the meeting issue): their 5xx answers are written to the output but not
    /// asserted here, until that branch lands. Remove the entry then.
    /// </summary>
    private static readonly string[] RebuiltElsewhere = ["/Meetings/"];

    private static readonly string[] Texts =
    [
        new string('ë', 5000),
        "Seancë \u202Egnp.exe",
        "<script>alert('x')</script>",
        "",
        "' OR 1=1; --",
        "\u2066Krat\u2069 " + new string('x', 300),
    ];

    private static readonly string[] Numbers = ["99999999999999999999", "-1", "2147483648", "1e309", "NaN", "", "-2147483649"];

    private static readonly string[] Dates = ["0001-01-01", "9999-12-31", "10000-01-01", "2023-02-30", "", "1989-12-31"];

    [Fact]
    public async Task EveryFormHandler_RefusesHostileInput_WithoutA5xx_AndWithoutChangingAnything()
    {
        var handlers = Handlers().ToList();
        Assert.True(handlers.Count >= 20, $"Only {handlers.Count} handlers were found by reflection.");
        using var client = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        var ids = await KnownIdsAsync(client);
        var token = (await client.GetDocumentAsync("/")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var random = new Random(1414);
        var failures = new List<string>();
        var posts = 0;
        var statuses = new Dictionary<int, int>();

        foreach (var handler in handlers)
        {
            var paths = handler.Route.Contains("{id", StringComparison.Ordinal)
                ? [Path(handler, ids.GetValueOrDefault(handler.Page) ?? Guid.NewGuid().ToString()), Path(handler, Guid.NewGuid().ToString())]
                : new[] { handler.Route };
            for (var round = 0; round <= Rounds; round++)
            {
                var path = paths[round % paths.Length];
                var target = handler.Name.Length == 0 ? path : $"{path}?handler={handler.Name}";
                var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
                if (round < Rounds)
                {
                    fields.AddRange(handler.Fields.Select(f => new KeyValuePair<string, string>(f.Name, Hostile(f.Type, round, random))));
                }

                var before = DatabaseFingerprint.Of(site.DatabasePath);
                using var content = new FormUrlEncodedContent(fields);
                using var response = await client.PostAsync(target, content);
                posts++;
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status >= 500)
                {
                    failures.Add($"{target} round {round}: {status} for {string.Join(", ", fields.Skip(1).Select(f => $"{f.Key}={Shorten(f.Value)}"))}");
                }
                else if (status is < 300 or >= 400 && DatabaseFingerprint.Of(site.DatabasePath) != before)
                {
                    failures.Add($"{target} round {round}: refused with {status} but the database changed");
                }
            }
        }

        output.WriteLine($"{handlers.Count} handlers, {posts} posts; answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        // The posts reach the handlers (the anti-forgery token is valid): most answers are forms shown again, not 400.
        Assert.True(statuses.GetValueOrDefault(400) < posts / 2, "Most posts were refused before reaching their handler.");
        failures.ForEach(output.WriteLine);
        Assert.DoesNotContain(failures, f => !RebuiltElsewhere.Any(p => f.StartsWith(p, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Every form is bound by its handler's parameters, one input per form, so that a handler never receives the
    /// fields of another form of its page and the fuzz run above posts each handler exactly what it binds: no page
    /// model binds a property on POST (<c>[BindProperty]</c> without <c>SupportsGet</c>, or <c>[BindProperties]</c>);
    /// a query filter bound for GET may stay.
    /// </summary>
    [Fact]
    public void EveryForm_IsBoundByItsHandlersParameters_NotByAPageProperty()
    {
        var models = typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        var boundOnPost = models
            .SelectMany(m => m.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: false } || m.GetCustomAttribute<BindPropertiesAttribute>() is not null)
                .Select(p => $"{m.Name}.{p.Name}"))
            .ToList();
        var withInput = models.SelectMany(m => m.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Count(h => HandlerName().IsMatch(h.Name) && h.GetParameters().Any(p => p.GetCustomAttribute<BindAttribute>() is not null));

        Assert.True(models.Count >= 30, $"Only {models.Count} page models were found.");
        Assert.True(withInput >= 20, $"Only {withInput} handlers bind an input of their own.");
        Assert.Empty(boundOnPost);
    }

    /// <summary>A form handler: the page's route template, its handler name ("" for OnPost) and the fields it binds.</summary>
    private sealed record Handler(string Page, string Route, string Name, IReadOnlyList<(string Name, Type Type)> Fields);

    /// <summary>Every OnPost* of every compiled Razor page of the site, with the fields it binds.</summary>
    private IEnumerable<Handler> Handlers()
    {
        var templates = site.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()
            .GroupBy(d => d.ViewEnginePath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => "/" + g.First().AttributeRouteInfo!.Template!.Replace("/Index", "", StringComparison.Ordinal), StringComparer.Ordinal);
        foreach (var item in typeof(Program).Assembly.GetCustomAttributes<RazorCompiledItemAttribute>().Where(i => i.Kind == "mvc.1.0.razor-page"))
        {
            var page = item.Identifier.Replace("/Pages", "", StringComparison.Ordinal).Replace(".cshtml", "", StringComparison.Ordinal);
            var model = item.Type.GetProperty("Model")?.PropertyType;
            // The account pages are left out: signing out (or in again) would change who the rest of the run posts as.
            if (model is null || !typeof(PageModel).IsAssignableFrom(model) || !templates.TryGetValue(page, out var route)
                || page.StartsWith("/Account/", StringComparison.Ordinal))
            {
                continue;
            }

            var bound = model.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null || model.GetCustomAttribute<BindPropertiesAttribute>() is not null).ToList();
            foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => HandlerName().IsMatch(m.Name)))
            {
                var name = HandlerName().Match(method.Name).Groups[1].Value;
                var fields = bound.SelectMany(p => Fields(p.GetCustomAttribute<BindPropertyAttribute>()?.Name ?? p.Name, p.PropertyType))
                    .Concat(method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).SelectMany(p => Fields(FieldName(p), p.ParameterType)))
                    .ToList();
                yield return new Handler(page, Regex.Replace(route, "/{(?!id)[^}]*}", ""), name, fields);
            }
        }
    }

    /// <summary>The name a handler parameter binds from: its <c>[Bind(Prefix)]</c> or <c>[FromForm(Name)]</c>, else its own name.</summary>
    private static string FieldName(ParameterInfo parameter) =>
        parameter.GetCustomAttributes().OfType<Microsoft.AspNetCore.Mvc.ModelBinding.IModelNameProvider>().Select(a => a.Name).FirstOrDefault(n => !string.IsNullOrEmpty(n))
        ?? parameter.Name!;

    /// <summary>The form fields of a bound value: itself when simple, else its public settable properties (one level).</summary>
    private static IEnumerable<(string Name, Type Type)> Fields(string prefix, Type type)
    {
        var element = Element(type);
        if (IsSimple(element))
        {
            return [(prefix, element)];
        }

        return element.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .SelectMany(p => IsSimple(Element(p.PropertyType)) ? [($"{prefix}.{p.Name}", Element(p.PropertyType))] : Enumerable.Empty<(string, Type)>());
    }

    private static Type Element(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain != typeof(string) && typeof(IEnumerable).IsAssignableFrom(plain))
        {
            var item = plain.IsArray ? plain.GetElementType()! : plain.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            return Nullable.GetUnderlyingType(item) ?? item;
        }

        return plain;
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(DateTime) || type.Namespace == "NodaTime";

    private static string Hostile(Type type, int round, Random random) => type switch
    {
        _ when type == typeof(Guid) => round % 3 == 0 ? "not-a-guid" : round % 3 == 1 ? Guid.Empty.ToString() : Guid.NewGuid().ToString(),
        _ when type == typeof(DateOnly) || type == typeof(DateTime) || type.Name == "LocalDate" => Dates[(round + random.Next(Dates.Length)) % Dates.Length],
        _ when type == typeof(TimeOnly) || type.Name == "LocalTime" => round % 2 == 0 ? "25:61" : "",
        _ when type == typeof(bool) => round % 2 == 0 ? "maybe" : "true",
        _ when type.IsEnum => round % 2 == 0 ? "Bogus" : "999",
        _ when type.IsPrimitive || type == typeof(decimal) => Numbers[(round + random.Next(Numbers.Length)) % Numbers.Length],
        _ => Texts[(round + random.Next(Texts.Length)) % Texts.Length],
    };

    /// <summary>One existing id per page that takes one, read from the links of the pages a secretary sees.</summary>
    private static async Task<Dictionary<string, string>> KnownIdsAsync(HttpClient client)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var start in new[] { "/Activities", "/Committee", "/Plan", "/Partnerships", "/Statistics", "/Meetings" })
        {
            using var response = await client.GetAsync(start);
            var html = await response.Content.ReadAsStringAsync();
            foreach (Match link in LinkWithId().Matches(html))
            {
                ids.TryAdd(link.Groups[1].Value, link.Groups[2].Value);
            }
        }

        var plan = ids.GetValueOrDefault("/Plan/Details");
        foreach (var page in new[] { "/Plan/RecordActual", "/Plan/Close", "/Plan/Approve" })
        {
            if (plan is not null)
            {
                ids.TryAdd(page, plan);
            }
        }

        var seat = ids.GetValueOrDefault("/Committee/Seat");
        foreach (var page in new[] { "/Committee/Appoint", "/Committee/EndSeat", "/Committee/AssignPost", "/Committee/EndRepresentative" })
        {
            if (seat is not null)
            {
                ids.TryAdd(page, seat);
            }
        }

        var activity = ids.GetValueOrDefault("/Activities/Details");
        foreach (var page in new[] { "/Activities/Schedule", "/Activities/Complete", "/Activities/Edit" })
        {
            if (activity is not null)
            {
                ids.TryAdd(page, activity);
            }
        }

        var meeting = ids.GetValueOrDefault("/Meetings/Details");
        if (meeting is not null)
        {
            ids.TryAdd("/Meetings/Record", meeting);
        }

        return ids;
    }

    private static string Path(Handler handler, string id) => Regex.Replace(handler.Route, "{id[^}]*}", id);

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex("^OnPost(\\w*?)(Async)?$")]
    private static partial Regex HandlerName();

    [GeneratedRegex("href=\"(/[A-Za-z]+/[A-Za-z]+)/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex LinkWithId();
}
