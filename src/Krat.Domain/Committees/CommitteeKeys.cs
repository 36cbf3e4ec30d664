using Krat.Domain.Common;

namespace Krat.Domain.Committees;

/// <summary>
/// What a committee is found and listed by, folded (<see cref="AlbanianText"/>) so that diacritics and case do not
/// matter.
/// </summary>
internal static class CommitteeKeys
{
    /// <summary>The name, folded: what a search looks in and the order of lists.</summary>
    internal static string Name(Committee committee) => AlbanianText.Fold(committee.Name);
}
