using Krat.Domain.Common;

namespace Krat.Domain.Activities;

/// <summary>
/// What an activity is found by, folded (<see cref="AlbanianText"/>) so that diacritics and case do not matter:
/// the key the activity specifications search.
/// </summary>
internal static class ActivityKeys
{
    /// <summary>The title, description, venue and municipalities, folded: what a search looks in.</summary>
    internal static string Search(Activity activity) =>
        AlbanianText.FoldAll([activity.Title, activity.Description, activity.Venue, .. activity.MunicipalityNames]);
}
