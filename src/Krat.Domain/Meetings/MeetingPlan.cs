using Krat.Domain.Committees;
using NodaTime;

namespace Krat.Domain.Meetings;

/// <summary>
/// What <see cref="Meeting.Plan"/> needs to plan a meeting: the committee and body that meet, what for, when (local
/// times in Europe/Tirane), where, and optionally a title and the identity. Checked by <see cref="Meeting.Plan"/>,
/// not here: a plan that breaks a rule is refused there with the rule's code.
/// </summary>
public sealed record MeetingPlan
{
    /// <summary>The committee.</summary>
    public required CommitteeId CommitteeId { get; init; }

    /// <summary>The body that meets: the committee or its Technical Table.</summary>
    public required CommitteeBody Body { get; init; }

    /// <summary>What the meeting is for.</summary>
    public required MeetingKind Kind { get; init; }

    /// <summary>The local start in Europe/Tirane (a skipped or repeated hour is resolved leniently).</summary>
    public required LocalDateTime Start { get; init; }

    /// <summary>The local end in Europe/Tirane; after <see cref="Start"/>.</summary>
    public required LocalDateTime End { get; init; }

    /// <summary>Where; at most <see cref="Meeting.MaxPlaceLength"/> characters.</summary>
    public required string Place { get; init; }

    /// <summary>A title, or <see langword="null"/> (the default); at most <see cref="Meeting.MaxTitleLength"/> characters.</summary>
    public string? Title { get; init; }

    /// <summary>The identity of the meeting; a new one when <see langword="null"/> (the default).</summary>
    public MeetingId? Id { get; init; }
}
