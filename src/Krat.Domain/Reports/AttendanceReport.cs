using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Domain.Reports;

/// <summary>How many meetings of one body fell in a period, by state.</summary>
/// <param name="Body">The body.</param>
/// <param name="Held">Meetings held.</param>
/// <param name="Planned">Meetings still planned.</param>
/// <param name="Cancelled">Meetings cancelled.</param>
public sealed record BodyMeetings(CommitteeBody Body, int Held, int Planned, int Cancelled)
{
    /// <summary>The body.</summary>
    public CommitteeBody Body { get; } = Body;

    /// <summary>Meetings held.</summary>
    public int Held { get; } = Held;

    /// <summary>Meetings still planned.</summary>
    public int Planned { get; } = Planned;

    /// <summary>Meetings cancelled.</summary>
    public int Cancelled { get; } = Cancelled;
}

/// <summary>How one seat of an institution attended one held meeting.</summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="Date">Its day, in Europe/Tirane.</param>
/// <param name="Body">The body that met.</param>
/// <param name="Kind">The kind of meeting.</param>
/// <param name="Status">Present, excused or absent.</param>
/// <param name="Capacity">For a present seat, whether the titular, a deputy or a substitute came.</param>
/// <param name="PersonId">For a present seat, who came, when recorded.</param>
/// <param name="PersonName">That person's full name, when known.</param>
public sealed record AttendanceEntry(MeetingId MeetingId, LocalDate Date, CommitteeBody Body, MeetingKind Kind, AttendanceStatus Status, PresenceCapacity? Capacity, PersonId? PersonId, string? PersonName)
{
    /// <summary>The meeting.</summary>
    public MeetingId MeetingId { get; } = MeetingId;

    /// <summary>Its day, in Europe/Tirane.</summary>
    public LocalDate Date { get; } = Date;

    /// <summary>The body that met.</summary>
    public CommitteeBody Body { get; } = Body;

    /// <summary>The kind of meeting.</summary>
    public MeetingKind Kind { get; } = Kind;

    /// <summary>Present, excused or absent.</summary>
    public AttendanceStatus Status { get; } = Status;

    /// <summary>For a present seat, whether the titular, a deputy or a substitute came.</summary>
    public PresenceCapacity? Capacity { get; } = Capacity;

    /// <summary>For a present seat, who came, when recorded.</summary>
    public PersonId? PersonId { get; } = PersonId;

    /// <summary>That person's full name, when known.</summary>
    public string? PersonName { get; } = PersonName;
}

/// <summary>An institution's attendance at the held meetings of a period where one of its seats was recorded.</summary>
/// <param name="OrganisationId">The institution.</param>
/// <param name="Name">Its Albanian name.</param>
/// <param name="Present">Entries present.</param>
/// <param name="Excused">Entries excused.</param>
/// <param name="Absent">Entries absent.</param>
/// <param name="Entries">Every entry, by meeting day then body.</param>
public sealed record InstitutionAttendance(OrganisationId OrganisationId, string Name, int Present, int Excused, int Absent, IReadOnlyList<AttendanceEntry> Entries)
{
    /// <summary>The institution.</summary>
    public OrganisationId OrganisationId { get; } = OrganisationId;

    /// <summary>Its Albanian name.</summary>
    public string Name { get; } = Name;

    /// <summary>Its English name, when one is recorded; reports in English show it instead of <see cref="Name"/>.</summary>
    public string? EnglishName { get; private init; }

    /// <summary>Its name in both languages (the Albanian name in English too when no English name is recorded).</summary>
    public Label Names => new(Name, EnglishName ?? Name);

    /// <summary>The same institution with its English name.</summary>
    /// <param name="englishName">The English name, or <see langword="null"/> when none is recorded.</param>
    /// <returns>A new record.</returns>
    public InstitutionAttendance WithEnglishName(string? englishName) => this with { EnglishName = englishName };

    /// <summary>Entries present.</summary>
    public int Present { get; } = Present;

    /// <summary>Entries excused.</summary>
    public int Excused { get; } = Excused;

    /// <summary>Entries absent.</summary>
    public int Absent { get; } = Absent;

    /// <summary>Every entry, by meeting day then body.</summary>
    public IReadOnlyList<AttendanceEntry> Entries { get; } = Entries;

    /// <summary>Entries recorded (one per seat and meeting).</summary>
    public int Recorded => Present + Excused + Absent;

    /// <summary>The attendance rate: present / recorded, from 0 to 1; <see langword="null"/> with no entry.</summary>
    public double? Rate => ReportMath.Ratio(Present, Recorded);
}

/// <summary>
/// Meetings of a committee in a period (per body and state) and, per institution, the held meetings it attended,
/// by whom and in what capacity, with its attendance rate.
/// </summary>
/// <param name="CommitteeId">The committee.</param>
/// <param name="Period">The period, inclusive (meeting days in Europe/Tirane).</param>
/// <param name="Bodies">Meetings per body that met or planned to, in code order.</param>
/// <param name="Institutions">Institutions with attendance entries, by folded name.</param>
public sealed record AttendanceReport(CommitteeId CommitteeId, DateInterval Period, IReadOnlyList<BodyMeetings> Bodies, IReadOnlyList<InstitutionAttendance> Institutions) : ITabularReport
{
    /// <summary>The committee.</summary>
    public CommitteeId CommitteeId { get; } = CommitteeId;

    /// <summary>The period, inclusive (meeting days in Europe/Tirane).</summary>
    public DateInterval Period { get; } = Period;

    /// <summary>Meetings per body that met or planned to, in code order.</summary>
    public IReadOnlyList<BodyMeetings> Bodies { get; } = Bodies;

    /// <summary>Institutions with attendance entries, by folded name.</summary>
    public IReadOnlyList<InstitutionAttendance> Institutions { get; } = Institutions;

    /// <summary>Meetings held, all bodies together.</summary>
    public int MeetingsHeld => Bodies.Sum(b => b.Held);

    /// <inheritdoc />
    public IReadOnlyList<ReportTable> ToTables() =>
    [
        new ReportTable(
            "meetings-by-body",
            new Label("Mbledhjet sipas organit", "Meetings by body"),
            [new("Organi", "Body"), new("Të zhvilluara", "Held"), new("Të planifikuara", "Planned"), new("Të anuluara", "Cancelled")],
            [.. Bodies.Select(b => (IReadOnlyList<ReportCell>)[ReportCell.Code(b.Body), ReportCell.Number(b.Held), ReportCell.Number(b.Planned), ReportCell.Number(b.Cancelled)])]),
        new ReportTable(
            "attendance-by-institution",
            new Label("Pjesëmarrja sipas institucionit", "Attendance by institution"),
            [new("Institucioni", "Institution"), new("I pranishëm", "Present"), new("Mungesë e justifikuar", "Excused"), new("Mungesë", "Absent"), new("Shkalla e pjesëmarrjes", "Attendance rate")],
            [.. Institutions.Select(i => (IReadOnlyList<ReportCell>)[ReportCell.Of(i.Names), ReportCell.Number(i.Present), ReportCell.Number(i.Excused), ReportCell.Number(i.Absent), ReportCell.Percent(i.Rate)])]),
        new ReportTable(
            "attendance-entries",
            new Label("Pjesëmarrja në çdo mbledhje", "Attendance at each meeting"),
            [new("Institucioni", "Institution"), new("Data", "Date"), new("Organi", "Body"), new("Statusi", "Status"), new("Cilësia", "Capacity"), new("Personi", "Person")],
            [.. Institutions.SelectMany(i => i.Entries.Select(e => (IReadOnlyList<ReportCell>)
            [
                ReportCell.Of(i.Names), ReportCell.Date(e.Date), ReportCell.Code(e.Body), ReportCell.Code(e.Status),
                e.Capacity is { } c ? ReportCell.Code(c) : ReportCell.Empty, ReportCell.Of(e.PersonName),
            ]))]),
    ];
}
