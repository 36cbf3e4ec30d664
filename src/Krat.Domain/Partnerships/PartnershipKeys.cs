using Krat.Domain.Common;
using Krat.Domain.Organisations;

namespace Krat.Domain.Partnerships;

/// <summary>
/// What partnerships and service providers are found and listed by: folded texts (<see cref="AlbanianText"/>), so
/// that diacritics and case do not matter, and the organisations taking part in a partnership.
/// </summary>
internal static class PartnershipKeys
{
    /// <summary>The name and purpose of a partnership, folded: what a search looks in.</summary>
    internal static string Search(Partnership partnership) => AlbanianText.FoldAll(partnership.Name, partnership.Purpose);

    /// <summary>The organisations taking part in a partnership, each once, in the order they joined.</summary>
    internal static IReadOnlyList<OrganisationId> ParticipantIds(Partnership partnership) =>
        [.. partnership.Participants.Select(p => p.OrganisationId).Distinct()];

    /// <summary>The name of a service provider, folded: what a search looks in and the order of lists.</summary>
    internal static string Name(ServiceProvider provider) => AlbanianText.Fold(provider.Name);
}
