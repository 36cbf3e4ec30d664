using Krat.Domain.Common;

namespace Krat.Domain.Initiatives;

/// <summary>What an initiative is found by, folded (<see cref="AlbanianText"/>) so that diacritics and case do not matter.</summary>
internal static class InitiativeKeys
{
    /// <summary>The title, description and proposing group, folded: what a search looks in.</summary>
    internal static string Search(Initiative initiative) =>
        AlbanianText.FoldAll(initiative.Title, initiative.Description, initiative.ProposingGroup);
}
