namespace Krat.Domain.Meetings;

/// <summary>
/// An agenda item with the number every view shows for it (see <see cref="Meeting.NumberedAgenda"/>): its position
/// and its parents' positions joined by dots ("1", "6", "6.1"), and how deep it is nested (0 for a top-level item).
/// </summary>
/// <param name="Number">The outline number, such as "6.1".</param>
/// <param name="Depth">0 for a top-level item, 1 for its sub-items, and so on.</param>
/// <param name="Item">The item.</param>
public sealed record NumberedAgendaItem(string Number, int Depth, AgendaItem Item)
{
    /// <summary>The outline number, such as "6.1".</summary>
    public string Number { get; } = Number;

    /// <summary>0 for a top-level item, 1 for its sub-items, and so on.</summary>
    public int Depth { get; } = Depth;

    /// <summary>The item.</summary>
    public AgendaItem Item { get; } = Item;
}
