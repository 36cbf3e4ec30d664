using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;
using NodaTime;

namespace Krat.Domain.Reports;

/// <summary>
/// A committee's quarterly or annual analysis for the National Anti-Trafficking Coordinator: the period report,
/// the progress of the action plan in force, attendance, the commitments tracker, who does what where and the
/// published victim statistics of the period's year(s).
/// </summary>
/// <param name="CommitteeId">The committee.</param>
/// <param name="CommitteeName">Its name.</param>
/// <param name="County">Its county.</param>
/// <param name="Period">The period analysed.</param>
/// <param name="AsOf">The day of reference for plan progress and commitments.</param>
/// <param name="Work">Activities, reach, organisations and coverage of the period.</param>
/// <param name="Plan">The progress of the plan whose period contains <paramref name="AsOf"/>, if any.</param>
/// <param name="Attendance">Meetings and attendance of the period.</param>
/// <param name="Commitments">Commitments on <paramref name="AsOf"/>.</param>
/// <param name="Coverage">Who does what where.</param>
/// <param name="Victims">Published victim statistics for each year the period touches.</param>
public sealed record CommitteeAnalysis(
    CommitteeId CommitteeId,
    string CommitteeName,
    CountyCode County,
    DateInterval Period,
    LocalDate AsOf,
    PeriodReport Work,
    PlanProgressReport? Plan,
    AttendanceReport Attendance,
    CommitmentTracker Commitments,
    WhoDoesWhatWhere Coverage,
    IReadOnlyList<VictimStatisticsReport> Victims) : IAudienceReport
{
    /// <summary>The committee.</summary>
    public CommitteeId CommitteeId { get; } = CommitteeId;

    /// <summary>Its name.</summary>
    public string CommitteeName { get; } = CommitteeName;

    /// <summary>Its county.</summary>
    public CountyCode County { get; } = County;

    /// <summary>The period analysed.</summary>
    public DateInterval Period { get; } = Period;

    /// <summary>The day of reference for plan progress and commitments.</summary>
    public LocalDate AsOf { get; } = AsOf;

    /// <summary>Activities, reach, organisations and coverage of the period.</summary>
    public PeriodReport Work { get; } = Work;

    /// <summary>The progress of the plan in force on <see cref="AsOf"/>, if any.</summary>
    public PlanProgressReport? Plan { get; } = Plan;

    /// <summary>Meetings and attendance of the period.</summary>
    public AttendanceReport Attendance { get; } = Attendance;

    /// <summary>Commitments on <see cref="AsOf"/>.</summary>
    public CommitmentTracker Commitments { get; } = Commitments;

    /// <summary>Who does what where.</summary>
    public WhoDoesWhatWhere Coverage { get; } = Coverage;

    /// <summary>Published victim statistics for each year the period touches.</summary>
    public IReadOnlyList<VictimStatisticsReport> Victims { get; } = Victims;

    /// <summary>Whom the analysis is for, so which activities its work, plan progress and coverage count (those of <see cref="Work"/>).</summary>
    public ReportAudience Audience => Work.Audience;

    /// <summary>What the analysis counts, as pages and exports print it.</summary>
    public Label Counts => Audience.Counted();

    /// <inheritdoc />
    public IReadOnlyList<ReportTable> ToTables() =>
    [
        .. Work.ToTables(),
        .. Plan?.ToTables() ?? [],
        .. Attendance.ToTables(),
        .. Commitments.ToTables(),
        .. Coverage.ToTables(),
        .. Victims.SelectMany(v => v.ToTables()),
    ];
}

/// <summary>The figures of one committee for a national roll-up (the input of <see cref="NationalRollup.Build"/>).</summary>
/// <param name="CommitteeId">The committee.</param>
/// <param name="County">Its county.</param>
/// <param name="MeetingsHeld">Meetings held in the period (both bodies).</param>
/// <param name="Activities">Activities completed in the period.</param>
/// <param name="SchoolSessions">Of them, school sessions.</param>
/// <param name="PeopleReached">People reached by them.</param>
/// <param name="CommitmentsOpen">Commitments made at meetings on or before the day of reference and open on that day (reviews replayed to the day, as <see cref="CommitmentTracker"/> does).</param>
/// <param name="CommitmentsOverdue">Of them, those due before the day of reference.</param>
public sealed record CommitteeFigures(CommitteeId CommitteeId, CountyCode County, int MeetingsHeld, int Activities, int SchoolSessions, int PeopleReached, int CommitmentsOpen, int CommitmentsOverdue)
{
    /// <summary>The committee.</summary>
    public CommitteeId CommitteeId { get; } = CommitteeId;

    /// <summary>Its county.</summary>
    public CountyCode County { get; } = County;

    /// <summary>Meetings held in the period (both bodies).</summary>
    public int MeetingsHeld { get; } = MeetingsHeld;

    /// <summary>Activities completed in the period.</summary>
    public int Activities { get; } = Activities;

    /// <summary>Of them, school sessions.</summary>
    public int SchoolSessions { get; } = SchoolSessions;

    /// <summary>People reached by them.</summary>
    public int PeopleReached { get; } = PeopleReached;

    /// <summary>Commitments made at meetings on or before the day of reference and open on that day (reviews replayed to the day).</summary>
    public int CommitmentsOpen { get; } = CommitmentsOpen;

    /// <summary>Of them, those due before the day of reference.</summary>
    public int CommitmentsOverdue { get; } = CommitmentsOverdue;
}

/// <summary>One county's line of the national roll-up; a county without a committee (or without figures) has zeros.</summary>
/// <param name="County">The county.</param>
/// <param name="CountyName">Its name.</param>
/// <param name="CommitteeIds">Its committees in the roll-up (normally one).</param>
/// <param name="MeetingsHeld">Meetings held.</param>
/// <param name="Activities">Activities completed.</param>
/// <param name="SchoolSessions">School sessions completed.</param>
/// <param name="PeopleReached">People reached.</param>
/// <param name="CommitmentsOpen">Commitments open.</param>
/// <param name="CommitmentsOverdue">Commitments overdue.</param>
public sealed record CountyLine(CountyCode County, string CountyName, IReadOnlyList<CommitteeId> CommitteeIds, int MeetingsHeld, int Activities, int SchoolSessions, int PeopleReached, int CommitmentsOpen, int CommitmentsOverdue)
{
    /// <summary>The county.</summary>
    public CountyCode County { get; } = County;

    /// <summary>Its name.</summary>
    public string CountyName { get; } = CountyName;

    /// <summary>Its committees in the roll-up (normally one).</summary>
    public IReadOnlyList<CommitteeId> CommitteeIds { get; } = CommitteeIds;

    /// <summary>Meetings held.</summary>
    public int MeetingsHeld { get; } = MeetingsHeld;

    /// <summary>Activities completed.</summary>
    public int Activities { get; } = Activities;

    /// <summary>School sessions completed.</summary>
    public int SchoolSessions { get; } = SchoolSessions;

    /// <summary>People reached.</summary>
    public int PeopleReached { get; } = PeopleReached;

    /// <summary>Commitments open.</summary>
    public int CommitmentsOpen { get; } = CommitmentsOpen;

    /// <summary>Commitments overdue.</summary>
    public int CommitmentsOverdue { get; } = CommitmentsOverdue;
}

/// <summary>
/// One county-wide victim statistics record of a county with its disclosure decision (the input of
/// <see cref="NationalRollup.Build"/>): the roll-up adds up what the records' decisions publish, nothing more.
/// </summary>
/// <param name="County">The county.</param>
/// <param name="Decision">The record's decision.</param>
public sealed record CountyVictims(CountyCode County, DisclosureDecision Decision)
{
    /// <summary>The county.</summary>
    public CountyCode County { get; } = County;

    /// <summary>The record's decision.</summary>
    public DisclosureDecision Decision { get; } = Decision ?? throw new ArgumentNullException(nameof(Decision));
}

/// <summary>
/// The national view for administrators: one line per county (all twelve, in code order) with meetings held,
/// activities and school sessions completed, people reached, and commitments open and overdue; national totals;
/// and the victims counted per county and sex, added up from the county-wide records whose period lies within the
/// roll-up's: a sum is shown only when every figure it adds is shown by its record's <see cref="DisclosureDecision"/>
/// (hidden "x" when one is hidden, not broken down when one is), so the roll-up publishes nothing the counties'
/// own reports do not, and the two share one decision.
/// Activities are those the <see cref="Audience"/> sees; commitments are as they stood on <see cref="AsOf"/> (reviews replayed).
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="AsOf">The day of reference for commitments.</param>
/// <param name="Counties">The twelve county lines.</param>
/// <param name="Victims">Victims by county (rows, in code order) and sex (columns), added up from the records' decisions.</param>
/// <param name="Audience">Whom the roll-up is for, so which activities it counts.</param>
public sealed record NationalRollup(DateInterval Period, LocalDate AsOf, IReadOnlyList<CountyLine> Counties, PublishedTable Victims, ReportAudience Audience) : IAudienceReport
{
    /// <summary>Whom the roll-up is for, so which activities it counts (<see cref="ReportAudiences.Counted"/>).</summary>
    public ReportAudience Audience { get; } = ReportAudiences.Checked(Audience);

    /// <summary>What the roll-up counts, as pages and exports print it.</summary>
    public Label Counts => Audience.Counted();

    /// <summary>The period.</summary>
    public DateInterval Period { get; } = Period;

    /// <summary>The day of reference for commitments.</summary>
    public LocalDate AsOf { get; } = AsOf;

    /// <summary>The twelve county lines, in code order.</summary>
    public IReadOnlyList<CountyLine> Counties { get; } = Counties;

    /// <summary>Victims by county (rows) and sex (columns), suppressed.</summary>
    public PublishedTable Victims { get; } = Victims;

    /// <summary>
    /// The counties with a county-wide victim statistics record in the period (set by <see cref="Build"/>); the others'
    /// rows of the victims table print "no data" rather than 0. <see langword="null"/> when not known: every row prints its figures.
    /// </summary>
    public IReadOnlySet<CountyCode>? CountiesWithVictims { get; private init; }

    /// <summary>Whether the period has anything to show: a meeting held, an activity completed or a victim statistics record.</summary>
    public bool HasData => Counties.Any(c => c.MeetingsHeld > 0 || c.Activities > 0) || CountiesWithVictims is { Count: > 0 };

    /// <summary>The national totals: a line for the whole country (its <see cref="CountyLine.County"/> is the empty default code), with every committee.</summary>
    public CountyLine Total => new(
        default,
        "Shqipëri",
        [.. Counties.SelectMany(c => c.CommitteeIds)],
        Counties.Sum(c => c.MeetingsHeld),
        Counties.Sum(c => c.Activities),
        Counties.Sum(c => c.SchoolSessions),
        Counties.Sum(c => c.PeopleReached),
        Counties.Sum(c => c.CommitmentsOpen),
        Counties.Sum(c => c.CommitmentsOverdue));

    /// <summary>Builds the roll-up (a pure calculation).</summary>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The day of reference for commitments.</param>
    /// <param name="audience">Whom the roll-up is for; the committees' activity figures must count what it sees.</param>
    /// <param name="committees">Figures per committee; several committees of one county add up.</param>
    /// <param name="victims">The county-wide records of the period with their decisions (records never overlap).</param>
    /// <param name="threshold">The threshold the decisions were made with (shown with the table).</param>
    /// <returns>The roll-up.</returns>
    public static NationalRollup Build(DateInterval period, LocalDate asOf, ReportAudience audience, IEnumerable<CommitteeFigures> committees, IEnumerable<CountyVictims> victims, int threshold = DisclosureDecision.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(committees);
        ArgumentNullException.ThrowIfNull(victims);
        var figures = committees.ToList();
        var lines = Albania.Counties.Select(c =>
        {
            var own = figures.Where(f => f.County == c.Code).OrderBy(f => f.CommitteeId).ToList();
            return new CountyLine(
                c.Code, c.Name, [.. own.Select(f => f.CommitteeId)],
                own.Sum(f => f.MeetingsHeld), own.Sum(f => f.Activities), own.Sum(f => f.SchoolSessions), own.Sum(f => f.PeopleReached),
                own.Sum(f => f.CommitmentsOpen), own.Sum(f => f.CommitmentsOverdue));
        }).ToList();
        var records = victims.ToList();
        var sexes = CodeList.All<Sex>();
        IEnumerable<PublishedFigure> Sexes(IEnumerable<CountyVictims> of, int sex) => of.Select(r => r.Decision.Margin(StatisticsDimension.Sex)[sex]);
        var table = new PublishedTable(
            [.. Albania.Counties.Select(c => c.Code.Value)],
            [.. Albania.Counties.Select(c => new Label(c.Name, c.Name))],
            [.. sexes.Select(s => s.Key.ToString())],
            [.. sexes.Select(s => s.Value)],
            [.. Albania.Counties.Select(c => (IReadOnlyList<PublishedFigure>)[.. sexes.Select((_, j) => PublishedFigure.Sum(Sexes(records.Where(r => r.County == c.Code), j)))])],
            [.. Albania.Counties.Select(c => PublishedFigure.Sum(records.Where(r => r.County == c.Code).Select(r => r.Decision.Total)))],
            [.. sexes.Select((_, j) => PublishedFigure.Sum(Sexes(records, j)))],
            PublishedFigure.Sum(records.Select(r => r.Decision.Total)),
            threshold);
        return new NationalRollup(period, asOf, lines, table, audience) { CountiesWithVictims = records.Select(r => r.County).ToHashSet() };
    }

    /// <inheritdoc />
    public IReadOnlyList<ReportTable> ToTables()
    {
        // A county without a committee has no record to count: "no data", never 0.
        static IReadOnlyList<ReportCell> Line(Label name, CountyLine l, bool total = false) => l.CommitteeIds.Count == 0 && !total
            ? [ReportCell.Of(name), .. Enumerable.Repeat(ReportCell.NoData, 6)]
            :
            [
                ReportCell.Of(name), ReportCell.Number(l.MeetingsHeld), ReportCell.Number(l.Activities), ReportCell.Number(l.SchoolSessions),
                ReportCell.Number(l.PeopleReached), ReportCell.Number(l.CommitmentsOpen), ReportCell.Number(l.CommitmentsOverdue),
            ];
        var victims = PublishedTables.ToReportTable("national-victims-by-county-and-sex", new Label("Viktima sipas qarkut dhe gjinisë", "Victims by county and sex"), new Label("Qarku", "County"), Victims);
        if (CountiesWithVictims is { } recorded)
        {
            // Rows are the twelve counties in code order, then the total.
            var counties = Albania.Counties;
            victims = new ReportTable(
                victims.Key,
                victims.Title,
                victims.Columns,
                [.. victims.Rows.Select((row, i) => i < counties.Count && !recorded.Contains(counties[i].Code)
                    ? (IReadOnlyList<ReportCell>)[row[0], .. Enumerable.Repeat(ReportCell.NoData, row.Count - 1)]
                    : row)]).WithNotes(victims.Notes);
        }

        return
        [
            new ReportTable(
                "national-counties",
                new Label("Pasqyra kombëtare sipas qarqeve", "National overview by county"),
                [
                    new("Qarku", "County"), new("Mbledhje të zhvilluara", "Meetings held"), new("Aktivitete", "Activities"), new("Seanca në shkolla", "School sessions"),
                    new("Persona të arritur", "People reached"), new("Angazhime të hapura", "Open commitments"), new("Angazhime me vonesë", "Overdue commitments"),
                ],
                [.. Counties.Select(c => Line(new Label(c.CountyName, c.CountyName), c)), Line(new Label("Gjithsej", "Total"), Total, total: true)])
                .WithNotes(Audience.Note()),
            victims,
        ];
    }
}
