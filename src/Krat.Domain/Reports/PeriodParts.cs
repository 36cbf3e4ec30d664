using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;

namespace Krat.Domain.Reports;

/// <summary>
/// The people reached by completed activities, added up part by part. A part an activity did not record counts
/// as 0 in its sum, and the people not broken down show in <see cref="SexNotRecorded"/> and
/// <see cref="AgeNotRecorded"/>, so every breakdown adds up to <see cref="Total"/>.
/// </summary>
/// <param name="Activities">How many completed activities the figures come from.</param>
/// <param name="Total">Everyone reached.</param>
/// <param name="Women">Women and girls, where counted.</param>
/// <param name="Men">Men and boys, where counted.</param>
/// <param name="Children">Children, where counted.</param>
/// <param name="Adults">Adults, where counted.</param>
public sealed record ReachTotals(int Activities, int Total, int Women, int Men, int Children, int Adults)
{
    /// <summary>No one reached.</summary>
    public static ReachTotals None { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>How many completed activities the figures come from.</summary>
    public int Activities { get; } = Activities;

    /// <summary>Everyone reached.</summary>
    public int Total { get; } = Total;

    /// <summary>Women and girls, where counted.</summary>
    public int Women { get; } = Women;

    /// <summary>Men and boys, where counted.</summary>
    public int Men { get; } = Men;

    /// <summary>Children (under 18), where counted.</summary>
    public int Children { get; } = Children;

    /// <summary>Adults, where counted.</summary>
    public int Adults { get; } = Adults;

    /// <summary>People reached but not counted by sex: <c>Total − Women − Men</c>.</summary>
    public int SexNotRecorded => Total - Women - Men;

    /// <summary>People reached but not counted by age: <c>Total − Children − Adults</c>.</summary>
    public int AgeNotRecorded => Total - Children - Adults;

    /// <summary>Adds up reaches part by part (unrecorded parts count as 0).</summary>
    /// <param name="reaches">The reaches of completed activities.</param>
    /// <returns>The totals.</returns>
    public static ReachTotals Sum(IEnumerable<Reach> reaches)
    {
        ArgumentNullException.ThrowIfNull(reaches);
        var list = reaches.ToList();
        return new ReachTotals(
            list.Count,
            list.Sum(r => r.Total),
            list.Sum(r => r.Women ?? 0),
            list.Sum(r => r.Men ?? 0),
            list.Sum(r => r.Children ?? 0),
            list.Sum(r => r.Adults ?? 0));
    }
}

/// <summary>
/// One row of a breakdown of a period's activities (by kind, municipality, target group or status).
/// An activity in several municipalities or for several groups counts once in each of its rows ("activities
/// touching" the municipality or group), with its whole reach, because reach is recorded per activity, not per
/// municipality or group; so the rows of those two breakdowns may add up to more than the period's totals, and
/// <see cref="PeriodReport.MunicipalityOverlap"/> and <see cref="PeriodReport.TargetGroupOverlap"/> say by how much.
/// </summary>
/// <typeparam name="TKey">The key: a code of a code list, or a municipality's catalogue name.</typeparam>
/// <param name="Key">The key.</param>
/// <param name="Label">The key's label in Albanian and English (a municipality's name in both).</param>
/// <param name="Activities">Activities in the row, whatever their status.</param>
/// <param name="Completed">Of them, the completed ones.</param>
/// <param name="PeopleReached">People reached by the completed ones.</param>
public sealed record ActivityCount<TKey>(TKey Key, Label Label, int Activities, int Completed, int PeopleReached)
{
    /// <summary>The key.</summary>
    public TKey Key { get; } = Key;

    /// <summary>The key's label in Albanian and English (a municipality's name in both).</summary>
    public Label Label { get; } = Label;

    /// <summary>Activities in the row, whatever their status.</summary>
    public int Activities { get; } = Activities;

    /// <summary>Of them, the completed ones.</summary>
    public int Completed { get; } = Completed;

    /// <summary>People reached by the completed ones.</summary>
    public int PeopleReached { get; } = PeopleReached;
}

/// <summary>Whether an organisation belongs to the Albanian state.</summary>
public static class OrganisationSector
{
    /// <summary>
    /// Whether organisations of a kind are Albanian state bodies: central and regional state institutions,
    /// prefectures, local government, (public) schools and public service centres. NGOs, international NGOs, UN and multilateral
    /// agencies, foreign donor agencies, businesses and media are non-state.
    /// </summary>
    /// <param name="kind">The kind of organisation.</param>
    /// <returns><see langword="true"/> for a state body.</returns>
    public static bool IsState(OrganisationKind kind) => kind is
        OrganisationKind.CentralStateInstitution or OrganisationKind.RegionalStateInstitution or OrganisationKind.Prefecture
        or OrganisationKind.LocalGovernment or OrganisationKind.School or OrganisationKind.PublicServiceCentre;
}

/// <summary>An organisation that led or partnered activities of a period.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Name">Its Albanian name.</param>
/// <param name="EnglishName">Its English name, if any.</param>
/// <param name="Acronym">Its acronym, if any.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Led">Activities it led (not cancelled).</param>
/// <param name="Partnered">Activities it took part in as a partner (not cancelled).</param>
public sealed record InvolvedOrganisation(OrganisationId OrganisationId, string Name, string? EnglishName, string? Acronym, OrganisationKind Kind, int Led, int Partnered)
{
    /// <summary>The organisation.</summary>
    public OrganisationId OrganisationId { get; } = OrganisationId;

    /// <summary>Its Albanian name.</summary>
    public string Name { get; } = Name;

    /// <summary>Its English name, if any.</summary>
    public string? EnglishName { get; } = EnglishName;

    /// <summary>Its acronym, if any.</summary>
    public string? Acronym { get; } = Acronym;

    /// <summary>Its kind.</summary>
    public OrganisationKind Kind { get; } = Kind;

    /// <summary>Activities it led (not cancelled).</summary>
    public int Led { get; } = Led;

    /// <summary>Activities it took part in as a partner (not cancelled).</summary>
    public int Partnered { get; } = Partnered;

    /// <summary>Whether it is an Albanian state body (<see cref="OrganisationSector.IsState"/>).</summary>
    public bool IsState => OrganisationSector.IsState(Kind);
}

/// <summary>
/// How many of a county's municipalities a period's completed activities reached, naming those reached and those
/// not reached, both in catalogue (alphabetical) order.
/// </summary>
/// <param name="County">The county.</param>
/// <param name="Reached">The municipalities reached.</param>
/// <param name="NotReached">The municipalities not reached.</param>
public sealed record MunicipalityCoverage(CountyCode County, IReadOnlyList<string> Reached, IReadOnlyList<string> NotReached)
{
    /// <summary>The county.</summary>
    public CountyCode County { get; } = County;

    /// <summary>The municipalities reached, in catalogue order.</summary>
    public IReadOnlyList<string> Reached { get; } = Reached;

    /// <summary>The municipalities not reached, in catalogue order.</summary>
    public IReadOnlyList<string> NotReached { get; } = NotReached;

    /// <summary>How many municipalities the county has.</summary>
    public int CountyMunicipalities => Reached.Count + NotReached.Count;

    /// <summary>The share of the county's municipalities reached, from 0 to 1.</summary>
    public double Share => CountyMunicipalities == 0 ? 0 : (double)Reached.Count / CountyMunicipalities;

    /// <summary>Works out the coverage of a county from the municipalities reached.</summary>
    /// <param name="county">The county.</param>
    /// <param name="reached">Names of municipalities reached (diacritics optional); names outside the county are ignored.</param>
    /// <returns>The coverage.</returns>
    public static MunicipalityCoverage Of(CountyCode county, IEnumerable<string> reached)
    {
        ArgumentNullException.ThrowIfNull(reached);
        var names = reached.Select(Albania.FindMunicipality).Where(m => m is not null).Select(m => m!.Name).ToHashSet(StringComparer.Ordinal);
        var all = Albania.County(county).Municipalities;
        return new MunicipalityCoverage(
            county,
            [.. all.Where(m => names.Contains(m.Name)).Select(m => m.Name)],
            [.. all.Where(m => !names.Contains(m.Name)).Select(m => m.Name)]);
    }
}

/// <summary>The headline figures of a period.</summary>
/// <param name="Activities">Activities whose day (actual once completed, else planned) falls in the period, whatever their status.</param>
/// <param name="Completed">Of them, the completed ones.</param>
/// <param name="Cancelled">Of them, the cancelled ones.</param>
/// <param name="PeopleReached">People reached by the completed ones.</param>
/// <param name="MunicipalitiesReached">Municipalities where completed activities took place.</param>
public sealed record PeriodTotals(int Activities, int Completed, int Cancelled, int PeopleReached, int MunicipalitiesReached)
{
    /// <summary>Activities whose day (actual once completed, else planned) falls in the period, whatever their status.</summary>
    public int Activities { get; } = Activities;

    /// <summary>Of them, the completed ones.</summary>
    public int Completed { get; } = Completed;

    /// <summary>Of them, the cancelled ones.</summary>
    public int Cancelled { get; } = Cancelled;

    /// <summary>People reached by the completed ones.</summary>
    public int PeopleReached { get; } = PeopleReached;

    /// <summary>Municipalities where completed activities took place.</summary>
    public int MunicipalitiesReached { get; } = MunicipalitiesReached;
}

/// <summary>Activities, the completed ones among them and the people those reached: a row of figures that adds and subtracts.</summary>
/// <param name="Activities">Activities, whatever their status.</param>
/// <param name="Completed">Of them, the completed ones.</param>
/// <param name="PeopleReached">People reached by the completed ones.</param>
public sealed record ActivityTally(int Activities, int Completed, int PeopleReached)
{
    /// <summary>Nothing.</summary>
    public static ActivityTally None { get; } = new(0, 0, 0);

    /// <summary>Activities, whatever their status.</summary>
    public int Activities { get; } = Activities;

    /// <summary>Of them, the completed ones.</summary>
    public int Completed { get; } = Completed;

    /// <summary>People reached by the completed ones.</summary>
    public int PeopleReached { get; } = PeopleReached;

    /// <summary>Adds two tallies figure by figure.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>The sum.</returns>
    public static ActivityTally operator +(ActivityTally left, ActivityTally right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Activities + right.Activities, left.Completed + right.Completed, left.PeopleReached + right.PeopleReached);
    }

    /// <summary>Subtracts a tally figure by figure.</summary>
    /// <param name="left">The tally.</param>
    /// <param name="right">The tally taken away.</param>
    /// <returns>The difference.</returns>
    public static ActivityTally operator -(ActivityTally left, ActivityTally right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Activities - right.Activities, left.Completed - right.Completed, left.PeopleReached - right.PeopleReached);
    }

    /// <summary>Adds the rows of a breakdown up.</summary>
    /// <typeparam name="TKey">The breakdown's key.</typeparam>
    /// <param name="rows">The rows.</param>
    /// <returns>Their sum.</returns>
    public static ActivityTally Sum<TKey>(IEnumerable<ActivityCount<TKey>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Aggregate(None, (sum, r) => sum + new ActivityTally(r.Activities, r.Completed, r.PeopleReached));
    }

    /// <summary>Subtraction, for languages without operators.</summary>
    /// <param name="left">The tally.</param>
    /// <param name="right">The tally taken away.</param>
    /// <returns>The difference.</returns>
    public static ActivityTally Subtract(ActivityTally left, ActivityTally right) => left - right;

    /// <summary>Addition, for languages without operators.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>The sum.</returns>
    public static ActivityTally Add(ActivityTally left, ActivityTally right) => left + right;
}

/// <summary>
/// How a breakdown whose rows overlap (an activity in several municipalities, or for several target groups, counts
/// in each of its rows) reconciles with the period's totals: the rows add up to
/// <c>totals + <see cref="CountedAgain"/> − <see cref="WithoutKey"/></c>.
/// </summary>
/// <param name="CountedAgain">What the rows count more than once: an activity with <c>k</c> keys, <c>k − 1</c> times (with its reach).</param>
/// <param name="WithoutKey">Activities in no row at all (none recorded: the domain requires a municipality and a target group).</param>
public sealed record BreakdownOverlap(ActivityTally CountedAgain, ActivityTally WithoutKey)
{
    /// <summary>No overlap.</summary>
    public static BreakdownOverlap None { get; } = new(ActivityTally.None, ActivityTally.None);

    /// <summary>What the rows count more than once: an activity with <c>k</c> keys, <c>k − 1</c> times (with its reach).</summary>
    public ActivityTally CountedAgain { get; } = CountedAgain;

    /// <summary>Activities in no row at all.</summary>
    public ActivityTally WithoutKey { get; } = WithoutKey;
}
