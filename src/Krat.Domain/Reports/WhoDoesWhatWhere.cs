using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Partnerships;
using NodaTime;

namespace Krat.Domain.Reports;

/// <summary>What a service provider offers where and to whom (the input of <see cref="WhoDoesWhatWhere"/>).</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="Name">Its name.</param>
/// <param name="ServiceTypes">The service types it offers.</param>
/// <param name="Municipalities">The municipalities it covers (catalogue names).</param>
/// <param name="TargetGroups">The groups it serves.</param>
public sealed record ProviderCoverage(ServiceProviderId ProviderId, string Name, IReadOnlyList<ServiceType> ServiceTypes, IReadOnlyList<string> Municipalities, IReadOnlyList<TargetGroup> TargetGroups)
{
    /// <summary>The provider.</summary>
    public ServiceProviderId ProviderId { get; } = ProviderId;

    /// <summary>Its name.</summary>
    public string Name { get; } = Name;

    /// <summary>The service types it offers.</summary>
    public IReadOnlyList<ServiceType> ServiceTypes { get; } = ServiceTypes;

    /// <summary>The municipalities it covers (catalogue names).</summary>
    public IReadOnlyList<string> Municipalities { get; } = Municipalities;

    /// <summary>The groups it serves.</summary>
    public IReadOnlyList<TargetGroup> TargetGroups { get; } = TargetGroups;
}

/// <summary>How many activities of a period were held for a target group in a municipality (the input of <see cref="WhoDoesWhatWhere"/>).</summary>
/// <param name="Municipality">The municipality's catalogue name.</param>
/// <param name="TargetGroup">The target group.</param>
/// <param name="Activities">The number of activities (not cancelled).</param>
public sealed record MunicipalityGroupActivities(string Municipality, TargetGroup TargetGroup, int Activities)
{
    /// <summary>The municipality's catalogue name.</summary>
    public string Municipality { get; } = Municipality;

    /// <summary>The target group.</summary>
    public TargetGroup TargetGroup { get; } = TargetGroup;

    /// <summary>The number of activities (not cancelled).</summary>
    public int Activities { get; } = Activities;
}

/// <summary>One cell of the municipality × service type grid: the providers offering the service there; a gap when none.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="ServiceType">The service type.</param>
/// <param name="Providers">Names of the providers, in folded-name order.</param>
public sealed record ServiceCell(string Municipality, ServiceType ServiceType, IReadOnlyList<string> Providers)
{
    /// <summary>The municipality.</summary>
    public string Municipality { get; } = Municipality;

    /// <summary>The service type.</summary>
    public ServiceType ServiceType { get; } = ServiceType;

    /// <summary>Names of the providers, in folded-name order.</summary>
    public IReadOnlyList<string> Providers { get; } = Providers;

    /// <summary>Whether no provider offers the service there.</summary>
    public bool IsGap => Providers.Count == 0;
}

/// <summary>One cell of the municipality × target group grid: providers serving the group there and activities held for it; a gap when neither.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="TargetGroup">The target group.</param>
/// <param name="Providers">Names of the providers serving the group there, in folded-name order.</param>
/// <param name="Activities">Activities of the period (not cancelled) for the group there.</param>
public sealed record TargetGroupCell(string Municipality, TargetGroup TargetGroup, IReadOnlyList<string> Providers, int Activities)
{
    /// <summary>The municipality.</summary>
    public string Municipality { get; } = Municipality;

    /// <summary>The target group.</summary>
    public TargetGroup TargetGroup { get; } = TargetGroup;

    /// <summary>Names of the providers serving the group there, in folded-name order.</summary>
    public IReadOnlyList<string> Providers { get; } = Providers;

    /// <summary>Activities of the period (not cancelled) for the group there.</summary>
    public int Activities { get; } = Activities;

    /// <summary>Whether nobody serves or reached the group there.</summary>
    public bool IsGap => Providers.Count == 0 && Activities == 0;
}

/// <summary>One non-empty cell of the three-way grid municipality × service type × target group.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="ServiceType">The service type.</param>
/// <param name="TargetGroup">The target group.</param>
/// <param name="Providers">Names of the providers, in folded-name order.</param>
public sealed record ServiceOffer(string Municipality, ServiceType ServiceType, TargetGroup TargetGroup, IReadOnlyList<string> Providers)
{
    /// <summary>The municipality.</summary>
    public string Municipality { get; } = Municipality;

    /// <summary>The service type.</summary>
    public ServiceType ServiceType { get; } = ServiceType;

    /// <summary>The target group.</summary>
    public TargetGroup TargetGroup { get; } = TargetGroup;

    /// <summary>Names of the providers, in folded-name order.</summary>
    public IReadOnlyList<string> Providers { get; } = Providers;
}

/// <summary>
/// Who does what where in a county: for every municipality of the county, which service types are offered and by
/// whom, which target groups are served by providers or reached by the period's activities, and the gaps (cells
/// with nothing). The full three-way grid municipality × service type × target group is given by its non-empty
/// cells (<see cref="Offers"/>); every other combination is a gap. Only providers active in the period count, and
/// only the activities the report's <see cref="Audience"/> sees; an activity counts in every municipality × group
/// cell it touches.
/// </summary>
/// <param name="County">The county.</param>
/// <param name="Period">The period of the activities counted.</param>
/// <param name="Audience">Whom the report is for, so which activities it counts.</param>
/// <param name="Services">The municipality × service type grid, every cell (municipalities in catalogue order, service types in code order).</param>
/// <param name="TargetGroups">The municipality × target group grid, every cell (same order).</param>
/// <param name="Offers">The non-empty cells of the three-way grid, in the same order.</param>
public sealed record WhoDoesWhatWhere(CountyCode County, DateInterval Period, ReportAudience Audience, IReadOnlyList<ServiceCell> Services, IReadOnlyList<TargetGroupCell> TargetGroups, IReadOnlyList<ServiceOffer> Offers) : IAudienceReport
{
    /// <summary>The county.</summary>
    public CountyCode County { get; } = County;

    /// <summary>The period of the activities counted.</summary>
    public DateInterval Period { get; } = Period;

    /// <summary>Whom the report is for, so which activities it counts (<see cref="ReportAudiences.Counted"/>).</summary>
    public ReportAudience Audience { get; } = ReportAudiences.Checked(Audience);

    /// <summary>What the report counts, as pages and exports print it.</summary>
    public Label Counts => Audience.Counted();

    /// <summary>The municipality × service type grid, every cell (municipalities in catalogue order, service types in code order).</summary>
    public IReadOnlyList<ServiceCell> Services { get; } = Services;

    /// <summary>The municipality × target group grid, every cell (same order).</summary>
    public IReadOnlyList<TargetGroupCell> TargetGroups { get; } = TargetGroups;

    /// <summary>The non-empty cells of the three-way grid, in the same order.</summary>
    public IReadOnlyList<ServiceOffer> Offers { get; } = Offers;

    /// <summary>Builds the grids (a pure calculation).</summary>
    /// <param name="county">The county.</param>
    /// <param name="period">The period of the activities counted.</param>
    /// <param name="audience">Whom the report is for; the activities passed in must be those it sees.</param>
    /// <param name="providers">Service providers active in the period; only their municipalities in the county count.</param>
    /// <param name="activities">Activity counts per municipality and target group; rows outside the county are ignored, duplicates add up.</param>
    /// <returns>The report.</returns>
    public static WhoDoesWhatWhere Build(CountyCode county, DateInterval period, ReportAudience audience, IEnumerable<ProviderCoverage> providers, IEnumerable<MunicipalityGroupActivities> activities)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(activities);
        var municipalities = Albania.County(county).Municipalities.Select(m => m.Name).ToList();
        var ordered = providers.OrderBy(p => AlbanianText.Fold(p.Name), StringComparer.Ordinal).ThenBy(p => p.ProviderId).ToList();
        var counts = activities.GroupBy(a => (a.Municipality, a.TargetGroup)).ToDictionary(g => g.Key, g => g.Sum(a => a.Activities));
        var serviceTypes = CodeList.All<ServiceType>().Select(p => p.Key).ToList();
        var groups = CodeList.All<TargetGroup>().Select(p => p.Key).ToList();

        List<string> Names(Func<ProviderCoverage, bool> where) => [.. ordered.Where(where).Select(p => p.Name)];

        var services = municipalities.SelectMany(m => serviceTypes.Select(s =>
            new ServiceCell(m, s, Names(p => p.Municipalities.Contains(m) && p.ServiceTypes.Contains(s))))).ToList();
        var targetGroups = municipalities.SelectMany(m => groups.Select(g =>
            new TargetGroupCell(m, g, Names(p => p.Municipalities.Contains(m) && p.TargetGroups.Contains(g)), counts.GetValueOrDefault((m, g))))).ToList();
        var offers = municipalities.SelectMany(m => serviceTypes.SelectMany(s => groups.Select(g =>
                new ServiceOffer(m, s, g, Names(p => p.Municipalities.Contains(m) && p.ServiceTypes.Contains(s) && p.TargetGroups.Contains(g))))))
            .Where(o => o.Providers.Count > 0)
            .ToList();
        return new WhoDoesWhatWhere(county, period, audience, services, targetGroups, offers);
    }

    /// <inheritdoc />
    public IReadOnlyList<ReportTable> ToTables()
    {
        var municipalities = Services.Select(c => c.Municipality).Distinct().ToList();
        var serviceTypes = CodeList.All<ServiceType>();
        var groups = CodeList.All<TargetGroup>();
        ReportTable[] tables =
        [
            new ReportTable(
                "services-by-municipality",
                new Label("Shërbimet sipas bashkisë (numri i ofruesve)", "Services by municipality (number of providers)"),
                [new("Bashkia", "Municipality"), .. serviceTypes.Select(s => s.Value)],
                [.. municipalities.Select(m => (IReadOnlyList<ReportCell>)
                [
                    ReportCell.Of(m),
                    .. serviceTypes.Select(s => ReportCell.Number(Services.First(c => c.Municipality == m && c.ServiceType == s.Key).Providers.Count)),
                ])]),
            new ReportTable(
                "target-groups-by-municipality",
                new Label("Grupet e synuara sipas bashkisë (ofrues / aktivitete)", "Target groups by municipality (providers / activities)"),
                [new("Bashkia", "Municipality"), .. groups.Select(g => g.Value)],
                [.. municipalities.Select(m => (IReadOnlyList<ReportCell>)
                [
                    ReportCell.Of(m),
                    .. groups.Select(g =>
                    {
                        var cell = TargetGroups.First(c => c.Municipality == m && c.TargetGroup == g.Key);
                        return ReportCell.Of(FormattableString.Invariant($"{cell.Providers.Count} / {cell.Activities}"));
                    }),
                ])]).WithNotes(new Label(
                    "Një aktivitet numërohet në çdo bashki dhe për çdo grup që prek, prandaj qelizat nuk mblidhen në numrin e aktiviteteve; numërohen vetëm ofruesit aktivë në periudhë.",
                    "An activity counts in every municipality and for every group it touches, so the cells do not add up to the number of activities; only providers active in the period count.")),
            new ReportTable(
                "service-offers",
                new Label("Kush ofron çfarë dhe ku", "Who offers what where"),
                [new("Bashkia", "Municipality"), new("Shërbimi", "Service"), new("Grupi i synuar", "Target group"), new("Ofruesit", "Providers")],
                [.. Offers.Select(o => (IReadOnlyList<ReportCell>)[ReportCell.Of(o.Municipality), ReportCell.Code(o.ServiceType), ReportCell.Code(o.TargetGroup), ReportCell.Of(string.Join("; ", o.Providers))])]),
        ];
        return [.. tables.Select(t => t.WithNotes(Audience.Note()))];
    }
}
