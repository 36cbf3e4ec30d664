using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using NodaTime;

namespace Krat.Domain.Reports;

/// <summary>One commitment as it stood on a day: what, where it was made, due, its status then and whether it was overdue.</summary>
/// <param name="CommitmentId">The commitment.</param>
/// <param name="MeetingId">The meeting where it was made.</param>
/// <param name="MeetingDate">That meeting's day.</param>
/// <param name="MeetingKind">That meeting's kind.</param>
/// <param name="Number">Its number in that meeting.</param>
/// <param name="What">What was promised.</param>
/// <param name="Due">The due day, or <see langword="null"/> for an ongoing commitment.</param>
/// <param name="Status">Its status on the day: that of the last review on or before it, else open.</param>
/// <param name="ClosedOn">The day of the review that marked it done or dropped, when that was on or before the day.</param>
/// <param name="IsOverdue">Whether it was open on the day and due before it.</param>
public sealed record CommitmentLine(CommitmentId CommitmentId, MeetingId MeetingId, LocalDate MeetingDate, MeetingKind MeetingKind, int Number, string What, LocalDate? Due, CommitmentStatus Status, LocalDate? ClosedOn, bool IsOverdue)
{
    /// <summary>The commitment.</summary>
    public CommitmentId CommitmentId { get; } = CommitmentId;

    /// <summary>The meeting where it was made.</summary>
    public MeetingId MeetingId { get; } = MeetingId;

    /// <summary>That meeting's day.</summary>
    public LocalDate MeetingDate { get; } = MeetingDate;

    /// <summary>That meeting's kind.</summary>
    public MeetingKind MeetingKind { get; } = MeetingKind;

    /// <summary>Its number in that meeting.</summary>
    public int Number { get; } = Number;

    /// <summary>What was promised.</summary>
    public string What { get; } = What;

    /// <summary>The due day, or <see langword="null"/> for an ongoing commitment.</summary>
    public LocalDate? Due { get; } = Due;

    /// <summary>Its status on the day: that of the last review on or before it, else open.</summary>
    public CommitmentStatus Status { get; } = Status;

    /// <summary>The day of the review that marked it done or dropped, when that was on or before the day.</summary>
    public LocalDate? ClosedOn { get; } = ClosedOn;

    /// <summary>Whether it was open on the day and due before it.</summary>
    public bool IsOverdue { get; } = IsOverdue;

    /// <summary>
    /// The status of a commitment on a day from its reviews: the status left by the last review held on or before
    /// the day, else open; overdue when open and due before the day. Of reviews of the same day (two meetings that
    /// day), one that closed the commitment is the last (nothing is reviewed after it), the others in the order given.
    /// The national roll-up applies the same rule in SQL.
    /// </summary>
    /// <param name="reviews">The reviews' days and the statuses they left, in any order.</param>
    /// <param name="due">The due day, if any.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The status, the day it closed (if it did by then) and whether it was overdue.</returns>
    public static (CommitmentStatus Status, LocalDate? ClosedOn, bool IsOverdue) StateOn(IEnumerable<(LocalDate Date, CommitmentStatus Status)> reviews, LocalDate? due, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var applied = reviews.Where(r => r.Date <= asOf).Select((r, i) => (r.Date, r.Status, Order: i))
            .OrderBy(r => r.Date).ThenBy(r => r.Status != CommitmentStatus.Open).ThenBy(r => r.Order).ToList();
        var status = applied.Count == 0 ? CommitmentStatus.Open : applied[^1].Status;
        LocalDate? closedOn = status == CommitmentStatus.Open ? null : applied[^1].Date;
        return (status, closedOn, status == CommitmentStatus.Open && due is { } d && d < asOf);
    }
}

/// <summary>What one institution promised at the committee's meetings and where each promise stood on a day.</summary>
/// <param name="OwnerId">The institution.</param>
/// <param name="Name">Its Albanian name.</param>
/// <param name="Commitments">Its commitments, by meeting day then number.</param>
public sealed record InstitutionCommitments(OrganisationId OwnerId, string Name, IReadOnlyList<CommitmentLine> Commitments)
{
    /// <summary>The institution.</summary>
    public OrganisationId OwnerId { get; } = OwnerId;

    /// <summary>Its Albanian name.</summary>
    public string Name { get; } = Name;

    /// <summary>Its English name, when one is recorded; reports in English show it instead of <see cref="Name"/>.</summary>
    public string? EnglishName { get; private init; }

    /// <summary>Its name in both languages (the Albanian name in English too when no English name is recorded).</summary>
    public Label Names => new(Name, EnglishName ?? Name);

    /// <summary>The same institution with its English name.</summary>
    /// <param name="englishName">The English name, or <see langword="null"/> when none is recorded.</param>
    /// <returns>A new record.</returns>
    public InstitutionCommitments WithEnglishName(string? englishName) => this with { EnglishName = englishName };

    /// <summary>Its commitments, by meeting day then number.</summary>
    public IReadOnlyList<CommitmentLine> Commitments { get; } = Commitments;

    /// <summary>Commitments open on the day (overdue ones included).</summary>
    public int Open => Commitments.Count(c => c.Status == CommitmentStatus.Open);

    /// <summary>Open commitments due before the day.</summary>
    public int Overdue => Commitments.Count(c => c.IsOverdue);

    /// <summary>Commitments done by the day.</summary>
    public int Done => Commitments.Count(c => c.Status == CommitmentStatus.Done);

    /// <summary>Commitments dropped by the day.</summary>
    public int Dropped => Commitments.Count(c => c.Status == CommitmentStatus.Dropped);
}

/// <summary>
/// The commitments tracker of a committee on a day: per institution, what it promised at which meeting (held on
/// or before the day), when it is due, and whether it was done, dropped, open or overdue on that day.
/// </summary>
/// <param name="CommitteeId">The committee.</param>
/// <param name="AsOf">The day of reference.</param>
/// <param name="Institutions">Institutions with commitments, by folded name.</param>
public sealed record CommitmentTracker(CommitteeId CommitteeId, LocalDate AsOf, IReadOnlyList<InstitutionCommitments> Institutions) : ITabularReport
{
    /// <summary>The committee.</summary>
    public CommitteeId CommitteeId { get; } = CommitteeId;

    /// <summary>The day of reference.</summary>
    public LocalDate AsOf { get; } = AsOf;

    /// <summary>Institutions with commitments, by folded name.</summary>
    public IReadOnlyList<InstitutionCommitments> Institutions { get; } = Institutions;

    /// <summary>Commitments open on the day.</summary>
    public int Open => Institutions.Sum(i => i.Open);

    /// <summary>Open commitments overdue on the day.</summary>
    public int Overdue => Institutions.Sum(i => i.Overdue);

    /// <summary>Commitments done by the day.</summary>
    public int Done => Institutions.Sum(i => i.Done);

    /// <summary>Commitments dropped by the day.</summary>
    public int Dropped => Institutions.Sum(i => i.Dropped);

    /// <inheritdoc />
    public IReadOnlyList<ReportTable> ToTables() =>
    [
        new ReportTable(
            "commitments-by-institution",
            new Label("Angazhimet sipas institucionit", "Commitments by institution"),
            [new("Institucioni", "Institution"), new("Të hapura", "Open"), new("Me vonesë", "Overdue"), new("Të realizuara", "Done"), new("Të braktisura", "Dropped")],
            [.. Institutions.Select(i => (IReadOnlyList<ReportCell>)[ReportCell.Of(i.Names), ReportCell.Number(i.Open), ReportCell.Number(i.Overdue), ReportCell.Number(i.Done), ReportCell.Number(i.Dropped)])]),
        new ReportTable(
            "commitments",
            new Label("Angazhimet", "Commitments"),
            [new("Institucioni", "Institution"), new("Mbledhja", "Meeting"), new("Nr.", "No."), new("Angazhimi", "Commitment"), new("Afati", "Due"), new("Statusi", "Status"), new("Mbyllur më", "Closed on"), new("Me vonesë", "Overdue")],
            [.. Institutions.SelectMany(i => i.Commitments.Select(c => (IReadOnlyList<ReportCell>)
            [
                ReportCell.Of(i.Names), ReportCell.Date(c.MeetingDate), ReportCell.Number(c.Number), ReportCell.Of(c.What), ReportCell.Date(c.Due),
                ReportCell.Code(c.Status), ReportCell.Date(c.ClosedOn), ReportCell.Of(c.IsOverdue ? new Label("Po", "Yes") : new Label("Jo", "No")),
            ]))]),
    ];
}
