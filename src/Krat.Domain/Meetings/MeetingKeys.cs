using Krat.Domain.Common;

namespace Krat.Domain.Meetings;

/// <summary>What a meeting is found by, folded (<see cref="AlbanianText"/>) so that diacritics and case do not matter.</summary>
internal static class MeetingKeys
{
    /// <summary>The title and place, folded: what a search looks in.</summary>
    internal static string Search(Meeting meeting) => AlbanianText.FoldAll(meeting.Title, meeting.Place);
}
