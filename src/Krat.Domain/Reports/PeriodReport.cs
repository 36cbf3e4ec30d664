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
/// falls in it.
/// </summary>
/// <param name="CommitteeId">The committee.</param>
/// <param name="County">Its county.</param>
/// <param name="Period">The period, inclusive.</param>
/// <param name="CampaignId">The campaign the activities were limited to, for a campaign report.</param>
/// <param name="Totals">The headline figures.</param>
/// <param name="ByKind">Activities by kind, in code order (kinds with activities only).</param>
/// <param name="ByMunicipality">Activities by municipality, in catalogue order (municipalities with activities only).</param>
/// <param name="ByTargetGroup">Activities by target group, in code order (groups with activities only).</param>
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
    PeriodTotals Totals,
    IReadOnlyList<ActivityCount<ActivityKind>> ByKind,
    IReadOnlyList<ActivityCount<string>> ByMunicipality,
    IReadOnlyList<ActivityCount<TargetGroup>> ByTargetGroup,
    IReadOnlyList<ActivityCount<ActivityStatus>> ByStatus,
    ReachTotals Reach,
    IReadOnlyList<InvolvedOrganisation> Organisations,
    MunicipalityCoverage Coverage,
    DateInterval YearBeforePeriod,
    PeriodTotals? YearBefore) : ITabularReport
{
    /// <summary>The committee.</summary>
    public CommitteeId CommitteeId { get; } = CommitteeId;

    /// <summary>Its county.</summary>
    public CountyCode County { get; } = County;

    /// <summary>The period, inclusive.</summary>
    public DateInterval Period { get; } = Period;

    /// <summary>The campaign the activities were limited to, for a campaign report.</summary>
    public CampaignId? CampaignId { get; } = CampaignId;

    /// <summary>The headline figures.</summary>
    public PeriodTotals Totals { get; } = Totals;

    /// <summary>Activities by kind, in code order (kinds with activities only).</summary>
    public IReadOnlyList<ActivityCount<ActivityKind>> ByKind { get; } = ByKind;

    /// <summary>Activities by municipality, in catalogue order (municipalities with activities only).</summary>
    public IReadOnlyList<ActivityCount<string>> ByMunicipality { get; } = ByMunicipality;

    /// <summary>Activities by target group, in code order (groups with activities only).</summary>
    public IReadOnlyList<ActivityCount<TargetGroup>> ByTargetGroup { get; } = ByTargetGroup;

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
        return
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
            Breakdown("activities-by-kind", new("Aktivitetet sipas llojit", "Activities by kind"), new("Lloji", "Kind"), ByKind),
            Breakdown("activities-by-municipality", new("Aktivitetet sipas bashkisë", "Activities by municipality"), new("Bashkia", "Municipality"), ByMunicipality),
            Breakdown("activities-by-target-group", new("Aktivitetet sipas grupit të synuar", "Activities by target group"), new("Grupi i synuar", "Target group"), ByTargetGroup),
            Breakdown("activities-by-status", new("Aktivitetet sipas statusit", "Activities by status"), new("Statusi", "Status"), ByStatus),
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
    }

    private static ReportTable Breakdown<TKey>(string key, Label title, Label keyColumn, IReadOnlyList<ActivityCount<TKey>> rows) =>
        new(
            key,
            title,
            [keyColumn, new("Aktivitete", "Activities"), new("Të realizuara", "Completed"), new("Persona të arritur", "People reached")],
            [.. rows.Select(r => (IReadOnlyList<ReportCell>)[ReportCell.Of(r.Label), ReportCell.Number(r.Activities), ReportCell.Number(r.Completed), ReportCell.Number(r.PeopleReached)])]);
}
