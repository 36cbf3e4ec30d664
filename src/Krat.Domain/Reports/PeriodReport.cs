using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using NodaTime;

namespace Krat.Domain.Reports;

/// <summary>
/// The picture of a committee's work in a period or a campaign: activities by kind, municipality, target group
/// and status; people reached with their breakdowns; the organisations involved; the share of the county's
/// municipalities reached; and the same figures for the same period a year earlier, when there were activities then.
/// An activity belongs to the period when its day (the actual first day once completed, else the planned one)
/// falls in it; to a campaign report when it belongs to the campaign, whatever its day (so an activity postponed
/// beyond the campaign stays in its status breakdown). A report counts the activities its <see cref="Audience"/>
/// sees (<see cref="ReportAudiences.Counts"/>) and says so on every table. Reach is recorded per activity, not per
/// municipality or target group: those two breakdowns count the activities touching each row with their whole
/// reach, and their overlaps (<see cref="MunicipalityOverlap"/>, <see cref="TargetGroupOverlap"/>) reconcile them
/// with the totals.
/// </summary>
/// <param name="CommitteeId">The committee.</param>
/// <param name="County">Its county.</param>
/// <param name="Period">The period, inclusive.</param>
/// <param name="CampaignId">The campaign the activities were limited to, for a campaign report.</param>
/// <param name="Audience">Whom the report is for, so which activities it counts.</param>
/// <param name="Totals">The headline figures.</param>
/// <param name="ByKind">Activities by kind, in code order (kinds with activities only).</param>
/// <param name="ByMunicipality">Activities touching each municipality, in catalogue order (municipalities with activities only).</param>
/// <param name="MunicipalityOverlap">How <paramref name="ByMunicipality"/> reconciles with <paramref name="Totals"/>.</param>
/// <param name="ByTargetGroup">Activities for each target group, in code order (groups with activities only).</param>
/// <param name="TargetGroupOverlap">How <paramref name="ByTargetGroup"/> reconciles with <paramref name="Totals"/>.</param>
/// <param name="ByStatus">Activities by status, in code order (statuses with activities only).</param>
/// <param name="Reach">People reached by the completed activities.</param>
/// <param name="Organisations">Organisations that led or partnered activities not cancelled: state bodies first, then by folded name.</param>
/// <param name="Coverage">The county's municipalities reached by completed activities.</param>
/// <param name="YearBeforePeriod">The same period a year earlier (<see cref="ReportMath.YearBefore"/>).</param>
/// <param name="YearBefore">The headline figures of that period (all activities, not only a campaign's), or <see langword="null"/> when it had none.</param>
public sealed record PeriodReport(
    CommitteeId CommitteeId,
    CountyCode County,
    DateInterval Period,
    CampaignId? CampaignId,
    ReportAudience Audience,
    PeriodTotals Totals,
    IReadOnlyList<ActivityCount<ActivityKind>> ByKind,
    IReadOnlyList<ActivityCount<string>> ByMunicipality,
    BreakdownOverlap MunicipalityOverlap,
    IReadOnlyList<ActivityCount<TargetGroup>> ByTargetGroup,
    BreakdownOverlap TargetGroupOverlap,
    IReadOnlyList<ActivityCount<ActivityStatus>> ByStatus,
    ReachTotals Reach,
    IReadOnlyList<InvolvedOrganisation> Organisations,
    MunicipalityCoverage Coverage,
    DateInterval YearBeforePeriod,
    PeriodTotals? YearBefore) : IAudienceReport
{
    /// <summary>The committee.</summary>
    public CommitteeId CommitteeId { get; } = CommitteeId;

    /// <summary>Its county.</summary>
    public CountyCode County { get; } = County;

    /// <summary>The period, inclusive.</summary>
    public DateInterval Period { get; } = Period;

    /// <summary>The campaign the activities were limited to, for a campaign report.</summary>
    public CampaignId? CampaignId { get; } = CampaignId;

    /// <summary>Whom the report is for, so which activities it counts (<see cref="ReportAudiences.Counted"/>).</summary>
    public ReportAudience Audience { get; } = ReportAudiences.Checked(Audience);

    /// <summary>What the report counts, as pages and exports print it: "vetëm aktivitetet publike" / "public activities only", or all.</summary>
    public Label Counts => Audience.Counted();

    /// <summary>The headline figures.</summary>
    public PeriodTotals Totals { get; } = Totals;

    /// <summary>The headline activities, completed and people reached as one tally, which every breakdown reconciles with.</summary>
    public ActivityTally Total => new(Totals.Activities, Totals.Completed, Totals.PeopleReached);

    /// <summary>Activities by kind, in code order (kinds with activities only).</summary>
    public IReadOnlyList<ActivityCount<ActivityKind>> ByKind { get; } = ByKind;

    /// <summary>
    /// Activities touching each municipality, in catalogue order (municipalities with activities only): an activity in
    /// several municipalities counts in each with its whole reach (reach is not recorded per municipality).
    /// </summary>
    public IReadOnlyList<ActivityCount<string>> ByMunicipality { get; } = ByMunicipality;

    /// <summary>How <see cref="ByMunicipality"/> reconciles with the totals: its rows add up to <c>Total + CountedAgain − WithoutKey</c>.</summary>
    public BreakdownOverlap MunicipalityOverlap { get; } = MunicipalityOverlap;

    /// <summary>
    /// Activities for each target group, in code order (groups with activities only): an activity for several groups
    /// counts in each with its whole reach (reach is not recorded per group).
    /// </summary>
    public IReadOnlyList<ActivityCount<TargetGroup>> ByTargetGroup { get; } = ByTargetGroup;

    /// <summary>How <see cref="ByTargetGroup"/> reconciles with the totals: its rows add up to <c>Total + CountedAgain − WithoutKey</c>.</summary>
    public BreakdownOverlap TargetGroupOverlap { get; } = TargetGroupOverlap;

    /// <summary>Activities by status, in code order (statuses with activities only).</summary>
    public IReadOnlyList<ActivityCount<ActivityStatus>> ByStatus { get; } = ByStatus;

    /// <summary>People reached by the completed activities.</summary>
    public ReachTotals Reach { get; } = Reach;

    /// <summary>Organisations that led or partnered activities not cancelled: state bodies first, then by folded name.</summary>
    public IReadOnlyList<InvolvedOrganisation> Organisations { get; } = Organisations;

    /// <summary>The county's municipalities reached by completed activities.</summary>
    public MunicipalityCoverage Coverage { get; } = Coverage;

    /// <summary>The same period a year earlier.</summary>
    public DateInterval YearBeforePeriod { get; } = YearBeforePeriod;

    /// <summary>The headline figures of the same period a year earlier, or <see langword="null"/> when it had no activities.</summary>
    public PeriodTotals? YearBefore { get; } = YearBefore;

    /// <summary>How many of the organisations involved are state bodies.</summary>
    public int StateOrganisations => Organisations.Count(o => o.IsState);

    /// <summary>How many of the organisations involved are non-state.</summary>
    public int NonStateOrganisations => Organisations.Count(o => !o.IsState);

    /// <inheritdoc />
    public IReadOnlyList<ReportTable> ToTables()
    {
        var compare = YearBefore;
        Label[] totalsColumns = [new("Tregues", "Figure"), new("Periudha", "Period"), new("Një vit më parë", "A year earlier"), new("Ndryshimi", "Change")];
        IReadOnlyList<ReportCell> Line(Label label, int now, Func<PeriodTotals, int> then) =>
            [ReportCell.Of(label), ReportCell.Number(now), ReportCell.Number(compare is null ? null : then(compare)), ReportCell.Percent(compare is null ? null : ReportMath.Change(then(compare), now))];
        var audience = Audience.Note();
        ReportTable[] tables =
        [
            new ReportTable(
                "period-totals",
                new Label("Përmbledhje e periudhës", "Period summary"),
                totalsColumns,
                [
                    Line(new("Aktivitete", "Activities"), Totals.Activities, t => t.Activities),
                    Line(new("Të realizuara", "Completed"), Totals.Completed, t => t.Completed),
                    Line(new("Të anuluara", "Cancelled"), Totals.Cancelled, t => t.Cancelled),
                    Line(new("Persona të arritur", "People reached"), Totals.PeopleReached, t => t.PeopleReached),
                    Line(new("Bashki të arritura", "Municipalities reached"), Totals.MunicipalitiesReached, t => t.MunicipalitiesReached),
                ]),
            Partition("activities-by-kind", new("Aktivitetet sipas llojit", "Activities by kind"), new("Lloji", "Kind"), ByKind),
            Overlapping(
                "activities-by-municipality",
                new("Aktivitetet që prekin secilën bashki (personat e arritur pa u ndarë)", "Activities touching each municipality (people reached not split)"),
                new("Bashkia", "Municipality"),
                ByMunicipality,
                MunicipalityOverlap,
                new("Aktivitete në më shumë se një bashki, të numëruara përsëri", "Activities in more than one municipality, counted again"),
                new(
                    "Një aktivitet në disa bashki numërohet në secilën prej tyre me të gjithë personat që arriti, sepse personat e arritur nuk regjistrohen sipas bashkisë; rreshti i fundit jep totalin pa përsëritje.",
                    "An activity in several municipalities counts in each of them with everyone it reached, because people reached are not recorded per municipality; the last row gives the total without repeats.")),
            Overlapping(
                "activities-by-target-group",
                new("Aktivitetet për secilin grup të synuar (personat e arritur pa u ndarë)", "Activities for each target group (people reached not split)"),
                new("Grupi i synuar", "Target group"),
                ByTargetGroup,
                TargetGroupOverlap,
                new("Aktivitete për më shumë se një grup, të numëruara përsëri", "Activities for more than one group, counted again"),
                new(
                    "Një aktivitet për disa grupe numërohet te secili grup me të gjithë personat që arriti, sepse personat e arritur nuk regjistrohen sipas grupit; rreshti i fundit jep totalin pa përsëritje.",
                    "An activity for several groups counts under each of them with everyone it reached, because people reached are not recorded per group; the last row gives the total without repeats.")),
            Partition("activities-by-status", new("Aktivitetet sipas statusit", "Activities by status"), new("Statusi", "Status"), ByStatus),
            new ReportTable(
                "people-reached",
                new Label("Persona të arritur", "People reached"),
                [new("Ndarja", "Breakdown"), new("Persona", "People")],
                [
                    [ReportCell.Of(new Label("Gjithsej", "Total")), ReportCell.Number(Reach.Total)],
                    [ReportCell.Of(new Label("Gra dhe vajza", "Women and girls")), ReportCell.Number(Reach.Women)],
                    [ReportCell.Of(new Label("Burra dhe djem", "Men and boys")), ReportCell.Number(Reach.Men)],
                    [ReportCell.Of(new Label("Pa ndarje sipas gjinisë", "Sex not recorded")), ReportCell.Number(Reach.SexNotRecorded)],
                    [ReportCell.Of(new Label("Fëmijë", "Children")), ReportCell.Number(Reach.Children)],
                    [ReportCell.Of(new Label("Të rritur", "Adults")), ReportCell.Number(Reach.Adults)],
                    [ReportCell.Of(new Label("Pa ndarje sipas moshës", "Age not recorded")), ReportCell.Number(Reach.AgeNotRecorded)],
                ]),
            new ReportTable(
                "organisations-involved",
                new Label("Organizatat e përfshira", "Organisations involved"),
                [new("Organizata", "Organisation"), new("Lloji", "Kind"), new("Sektori", "Sector"), new("Drejtuar", "Led"), new("Partner", "Partnered")],
                [.. Organisations.Select(o => (IReadOnlyList<ReportCell>)
                [
                    ReportCell.Of(new Label(o.Name, o.EnglishName ?? o.Name)),
                    ReportCell.Code(o.Kind),
                    ReportCell.Of(o.IsState ? new Label("Shtetëror", "State") : new Label("Joshtetëror", "Non-state")),
                    ReportCell.Number(o.Led),
                    ReportCell.Number(o.Partnered),
                ])]),
            new ReportTable(
                "municipality-coverage",
                new Label("Shtrirja në bashkitë e qarkut", "Coverage of the county's municipalities"),
                [new("Bashkia", "Municipality"), new("E arritur", "Reached")],
                [.. Albania.County(County).Municipalities.Select(m => (IReadOnlyList<ReportCell>)
                [
                    ReportCell.Of(m.Name),
                    ReportCell.Of(Coverage.Reached.Contains(m.Name) ? new Label("Po", "Yes") : new Label("Jo", "No")),
                ])]),
        ];
        return [.. tables.Select(t => t.WithNotes(audience))];
    }

    private static readonly Label[] BreakdownColumns = [new("Aktivitete", "Activities"), new("Të realizuara", "Completed"), new("Persona të arritur", "People reached")];

    private static IReadOnlyList<ReportCell> TallyRow(Label label, ActivityTally tally) =>
        [ReportCell.Of(label), ReportCell.Number(tally.Activities), ReportCell.Number(tally.Completed), ReportCell.Number(tally.PeopleReached)];

    private static IEnumerable<IReadOnlyList<ReportCell>> Rows<TKey>(IReadOnlyList<ActivityCount<TKey>> rows) =>
        rows.Select(r => TallyRow(r.Label, new ActivityTally(r.Activities, r.Completed, r.PeopleReached)));

    // A breakdown where every activity is in exactly one row (kind, status): the rows, then their total, which is the report's.
    private ReportTable Partition<TKey>(string key, Label title, Label keyColumn, IReadOnlyList<ActivityCount<TKey>> rows) =>
        new(key, title, [keyColumn, .. BreakdownColumns], [.. Rows(rows), TallyRow(new Label("Gjithsej", "Total"), Total)]);

    // A breakdown where an activity may be in several rows (municipalities, target groups): the rows, their sum, what
    // they count again, activities in no row (when any), and the report's total, which those reconcile to.
    private ReportTable Overlapping<TKey>(string key, Label title, Label keyColumn, IReadOnlyList<ActivityCount<TKey>> rows, BreakdownOverlap overlap, Label countedAgain, Label note)
    {
        IReadOnlyList<ReportCell>[] reconciliation =
        [
            TallyRow(new Label("Shuma e rreshtave", "Sum of the rows"), ActivityTally.Sum(rows)),
            TallyRow(new Label($"Minus: {countedAgain.Albanian.ToLowerInvariant()}", $"Less: {countedAgain.English.ToLowerInvariant()}"), ActivityTally.None - overlap.CountedAgain),
            .. overlap.WithoutKey.Activities == 0
                ? []
                : new[] { TallyRow(new Label("Plus: aktivitete pa asnjë rresht", "Plus: activities in no row"), overlap.WithoutKey) },
            TallyRow(new Label("Gjithsej (aktivitete të ndryshme)", "Total (distinct activities)"), Total),
        ];
        return new ReportTable(key, title, [keyColumn, .. BreakdownColumns], [.. Rows(rows), .. reconciliation]).WithNotes(note);
    }
}
