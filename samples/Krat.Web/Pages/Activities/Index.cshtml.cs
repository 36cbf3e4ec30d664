using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.Plans;
using Krat.Infrastructure.Repositories;
using Krat.Web.Exports;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Krat.Web.Pages.Activities;

/// <summary>
/// The activities of the committee being viewed, filtered by a GET form (so a filtered list can be shared and
/// bookmarked), 20 per page, newest first; <c>?handler=Export</c> downloads the whole filtered list as CSV.
/// The public sees public activities only; signed-in users see internal ones too.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(
    IReadRepository<Activity> activities,
    IReadRepository<Organisation> organisations,
    IReadRepository<ActionPlan> plans,
    IReadRepository<Campaign> campaigns,
    CurrentCommittee current,
    IClock clock,
    IStringLocalizer<ActivitiesText> texts) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "municipality")]
    public string? Municipality { get; set; }

    [BindProperty(SupportsGet = true, Name = "group")]
    public TargetGroup? TargetGroup { get; set; }

    [BindProperty(SupportsGet = true, Name = "measure")]
    public Guid? Measure { get; set; }

    [BindProperty(SupportsGet = true, Name = "campaign")]
    public Guid? Campaign { get; set; }

    [BindProperty(SupportsGet = true, Name = "organisation")]
    public Guid? Organisation { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public ActivityStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "visibility")]
    public Visibility? Visibility { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Committee? Committee { get; private set; }

    public ActivityLookups Lookups { get; private set; } = null!;

    /// <summary>
    /// The organisations the filter offers: the county's and the central ones, capped like the form's pickers
    /// (<see cref="PartnerChoices"/>), with the organisation filtered on kept even when it is outside them.
    /// </summary>
    public IReadOnlyList<OrganisationNames> FilterOrganisations { get; private set; } = [];

    public IReadOnlyList<Activity> Activities { get; private set; } = [];

    public int Count { get; private set; }

    public int PageCount { get; private set; } = 1;

    public bool SeesInternal => ActivityAccess.SeesInternal(User);

    /// <summary>The county asked for with ?qark= (administrators and the public), kept on links.</summary>
    public string? Qark => Request.Qark();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Committee = await current.GetAsync(cancellationToken);
        if (Committee is null)
        {
            await LoadLookupsAsync([], cancellationToken);
            return Page();
        }

        var filter = Filter(Committee);
        Count = await activities.CountAsync(new ActivitiesFilterCountSpec(filter), cancellationToken);
        PageCount = Math.Max(1, (Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Activities = await activities.ListAsync(new ActivitiesFilterSpec(filter, PageNumber, PageSize), cancellationToken);
        // Names of the leads the page shows and of the organisation filtered on, not of every organisation.
        await LoadLookupsAsync(
            [.. Activities.Select(a => a.LeadOrganisationId), .. Organisation is { } filtered ? [new OrganisationId(filtered)] : Array.Empty<OrganisationId>()],
            cancellationToken);
        var offered = (await PartnerChoices.LoadAsync(Committee, organisations, null, cancellationToken)).Offered;
        FilterOrganisations = Organisation is { } chosen && offered.All(o => o.Id.Value != chosen) && Lookups.Organisations.FirstOrDefault(o => o.Id.Value == chosen) is { } kept
            ? [kept, .. offered]
            : offered;
        return Page();
    }

    /// <summary>The whole filtered list (no paging) as a CSV download, with headers and labels in the reader's language.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        Committee = await current.GetAsync(cancellationToken);
        if (Committee is null)
        {
            return NotFound();
        }

        var all = await activities.ListAsync(new ActivitiesFilterSpec(Filter(Committee)), cancellationToken);
        await LoadLookupsAsync([.. all.SelectMany(a => a.PartnerOrganisationIds.Prepend(a.LeadOrganisationId))], cancellationToken);
        string[] headers =
        [
            texts["Field.Date"], texts["Field.Title"], texts["Field.Kind"], texts["Field.Status"], texts["Csv.PlannedStart"],
            texts["Csv.ActualStart"], texts["Field.Municipalities"], texts["Field.Venue"], texts["Field.Lead"], texts["Field.Partners"],
            texts["Field.TargetGroups"], texts["Field.Measure"], texts["Field.Campaign"], texts["Csv.Visibility"], texts["Field.Total"],
            texts["Field.Women"], texts["Field.Men"], texts["Field.Children"], texts["Field.Adults"],
        ];
        var rows = all.Select(a => (IReadOnlyList<string?>)
        [
            ActivityFormat.Iso(a.EffectiveDate), a.Title, ActivityFormat.Label(a.Kind), ActivityFormat.Label(a.Status), ActivityFormat.Iso(a.PlannedDays.Start),
            ActivityFormat.Iso(a.ActualDays?.Start), string.Join("; ", a.Municipalities), a.Venue, Lookups.OrganisationName(a.LeadOrganisationId),
            string.Join("; ", a.PartnerOrganisationIds.Select(Lookups.OrganisationName)), string.Join("; ", a.TargetGroups.Select(g => ActivityFormat.Label(g))),
            Lookups.MeasureName(a.MeasureId), Lookups.CampaignName(a.CampaignId), ActivityFormat.Label(a.Visibility), Whole(a.Reach?.Total),
            Whole(a.Reach?.Women), Whole(a.Reach?.Men), Whole(a.Reach?.Children), Whole(a.Reach?.Adults),
        ]);
        var county = Albania.County(Committee.County).Name;
        var fileName = $"{texts["Csv.FileName"]}-{county}-{ActivityFormat.Iso(Albania.Today(clock))}.csv";
        return CsvTable.Download(fileName, headers, rows);
    }

    /// <summary>The filters in force as query values, for the pager, the export link and links that come back here.</summary>
    public Dictionary<string, string> RouteValues(int? page = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }

        Add("qark", Qark);
        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("municipality", Municipality);
        Add("group", TargetGroup?.ToString());
        Add("measure", Measure?.ToString());
        Add("campaign", Campaign?.ToString());
        Add("organisation", Organisation?.ToString());
        Add("status", Status?.ToString());
        Add("visibility", SeesInternal ? Visibility?.ToString() : null);
        Add("q", Text);
        if (page is > 1)
        {
            values["p"] = page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }

    private static string? Whole(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task LoadLookupsAsync(IReadOnlyCollection<OrganisationId> named, CancellationToken cancellationToken) =>
        Lookups = await ActivityLookups.LoadAsync(Committee, named, organisations, plans, campaigns, cancellationToken);

    private ActivitiesFilter Filter(Committee committee) => new()
    {
        CommitteeId = committee.Id,
        From = From is { } from ? LocalDate.FromDateOnly(from) : null,
        To = To is { } to ? LocalDate.FromDateOnly(to) : null,
        // A name the catalogue does not hold matches nothing (rather than being dropped from the filter).
        Municipality = string.IsNullOrWhiteSpace(Municipality) ? null : Albania.FindMunicipality(Municipality) ?? new Municipality(Municipality.Trim(), committee.County),
        TargetGroup = TargetGroup,
        MeasureId = Measure is { } measure ? new MeasureId(measure) : null,
        CampaignId = Campaign is { } campaign ? new CampaignId(campaign) : null,
        OrganisationId = Organisation is { } organisation ? new OrganisationId(organisation) : null,
        Status = Status,
        Visibility = SeesInternal ? Visibility : null,
        Audience = ActivityAccess.Audience(User),
        Text = Text,
    };
}
