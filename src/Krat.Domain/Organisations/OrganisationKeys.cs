using Krat.Domain.Common;

namespace Krat.Domain.Organisations;

/// <summary>
/// What an organisation is found and listed by, folded (<see cref="AlbanianText"/>) so that diacritics and case do
/// not matter: the keys the organisation specifications search and order by.
/// </summary>
internal static class OrganisationKeys
{
    /// <summary>The Albanian and English names and the acronym, folded: what a search looks in.</summary>
    internal static string Search(Organisation organisation) =>
        AlbanianText.FoldAll(organisation.Name, organisation.EnglishName, organisation.Acronym);

    /// <summary>The Albanian name, folded: the order of lists.</summary>
    internal static string Sort(Organisation organisation) => AlbanianText.Fold(organisation.Name);
}
