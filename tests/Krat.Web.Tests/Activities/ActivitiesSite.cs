using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Infrastructure.Repositories;
using Krat.Web.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Visibility = Krat.Domain.Activities.Visibility;

namespace Krat.Web.Tests.Activities;

/// <summary>
/// The demo site (demo mode seeds the Durrës scenario on start-up; no generated history), with helpers to add
/// activities and a second committee through the repositories.
/// </summary>
public sealed class ActivitiesSite : KratWebFactory
{
    public static readonly CommitteeId KorceCommittee = new(Guid.Parse("00000000-0000-7000-8000-00000000a001"));

    public static readonly ActivityId KorceActivity = new(Guid.Parse("00000000-0000-7000-8000-00000000a002"));

    /// <summary>Everything stored (every committee, any visibility), read without the site's scoping.</summary>
    public async Task<List<Activity>> StoredActivitiesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReadRepository<Activity>>().ListAsync();
    }

    public async Task<Activity> StoredAsync(ActivityId id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IReadRepository<Activity>>().GetByIdAsync(id)
            ?? throw new InvalidOperationException($"No activity {id}.");
    }

    /// <summary>Plans an activity of KRAT Durrës straight through the repository and returns its id.</summary>
    public async Task<ActivityId> PlanAsync(string title, LocalDate on, Domain.Organisations.OrganisationId? lead = null, Visibility visibility = Visibility.Internal, string municipality = "Durrës")
    {
        await using var scope = Services.CreateAsyncScope();
        var activity = Activity.Plan(new ActivityPlan
        {
            CommitteeId = DemoIds.KratDurres,
            County = CountyCode.From("AL-02"),
            Kind = ActivityKind.AwarenessSession,
            Title = title,
            PlannedDays = Activity.Days(on),
            Municipalities = [Albania.Municipality(municipality)],
            LeadOrganisationId = lead ?? DemoIds.EducationOffice,
            TargetGroups = [TargetGroup.Pupils],
            Visibility = visibility,
        });
        var activities = scope.ServiceProvider.GetRequiredService<IRepository<Activity>>();
        await activities.AddAsync(activity);
        await activities.SaveChangesAsync();
        return activity.Id;
    }

    /// <summary>A second committee (Korçë) with one public activity, for cross-committee checks.</summary>
    public async Task EnsureKorceAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var committees = scope.ServiceProvider.GetRequiredService<IRepository<Committee>>();
        if (await committees.GetByIdAsync(KorceCommittee) is not null)
        {
            return;
        }

        await committees.AddAsync(Committee.Establish(CountyCode.From("AL-06"), "Komiteti Rajonal Antitrafik Korçë", id: KorceCommittee));
        var activity = Activity.Plan(new ActivityPlan
        {
            Id = KorceActivity,
            CommitteeId = KorceCommittee,
            County = CountyCode.From("AL-06"),
            Kind = ActivityKind.SchoolSession,
            Title = "Seancë në Korçë",
            PlannedDays = Activity.Days(new LocalDate(2023, 10, 9)),
            Municipalities = [Albania.Municipality("Korçë")],
            LeadOrganisationId = DemoIds.EducationOffice,
            TargetGroups = [TargetGroup.Pupils],
            Visibility = Visibility.Public,
        });
        await scope.ServiceProvider.GetRequiredService<IRepository<Activity>>().AddAsync(activity);
        await committees.SaveChangesAsync();
    }
}

/// <summary>Reading the activities pages and posting their forms as a browser would (selects, textareas, checkboxes).</summary>
public static class ActivityPages
{
    /// <summary>The number at the start of the list's count line ("9 aktivitete").</summary>
    public static int Count(IDocument document) =>
        int.Parse(Regex.Match(document.Text("[data-testid=activities-count]") ?? "", @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The ids of the rows shown.</summary>
    public static List<Guid> RowIds(IDocument document) =>
        [.. document.QuerySelectorAll("[data-testid=activity-row]").Select(r => Guid.Parse(r.GetAttribute("data-id")!))];

    /// <summary>The fields a browser would send for <paramref name="form"/> as it is shown.</summary>
    public static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        break;
                    }

                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    var selected = select.Options.Where(o => o.IsSelected).ToList();
                    foreach (var option in selected.Count > 0 ? selected : select.Options.Take(1))
                    {
                        fields.Add(new(name, option.Value));
                    }

                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } textArea:
                    fields.Add(new(name, textArea.Value));
                    break;
            }
        }

        return fields;
    }

    /// <summary>Replaces every value of the named fields (a name with several values gets them all).</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, params (string Name, string[] Values)[] changes)
    {
        var result = fields.Where(f => !changes.Any(c => c.Name == f.Key)).ToList();
        foreach (var (name, values) in changes)
        {
            result.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        }

        return result;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value) =>
        fields.With((name, [value]));

    /// <summary>Opens <paramref name="path"/> and returns its form's action and fields.</summary>
    public static async Task<(string Action, List<KeyValuePair<string, string>> Fields)> OpenFormAsync(this HttpClient client, string path, string selector = "main form[method=post]")
    {
        ArgumentNullException.ThrowIfNull(client);
        var document = await client.GetDocumentAsync(path);
        var form = document.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form '{selector}' on {path}.");
        var action = form.GetAttribute("action");
        return (string.IsNullOrEmpty(action) ? path : action, Fields(form));
    }

    public static async Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(action, content);
    }

    /// <summary>The validation message shown next to <paramref name="field"/> (e.g. "Input.Total").</summary>
    public static string? FieldError(IDocument document, string field) =>
        document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim();

    public static string? Summary(IDocument document) => document.Text(".validation-summary");

    public static string Fold(string text) => AlbanianText.Fold(text);
}
