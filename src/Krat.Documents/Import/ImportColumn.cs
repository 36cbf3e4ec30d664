using Krat.Domain.Common;

namespace Krat.Documents.Import;

/// <summary>A column of an import template: a stable key, the header in Albanian and English (either is accepted), a hint on what it takes, and whether every row needs a value.</summary>
/// <param name="Key">A stable key, such as <c>title</c>.</param>
/// <param name="Header">The header in Albanian and English.</param>
/// <param name="Hint">What the column takes, in Albanian and English.</param>
/// <param name="Required">Whether every row needs a value.</param>
public sealed record ImportColumn(string Key, Label Header, Label Hint, bool Required);
