using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Organisations;
using NodaTime;

namespace Krat.Infrastructure.Tests.TestSupport;

// A test-only, committee-scoped aggregate with every shape the conventions must handle: a strongly typed id
// declared outside Krat.Domain, NodaTime values (nullable too), a Term, an enum, a reference to an
// organisation, a unique number per committee, a CHECK rule, and parts with parts (for Include/ThenInclude).

#pragma warning disable CA1036 // A test identity; ordering operators are not needed.
public readonly record struct NoteId(Guid Value) : IEntityId
#pragma warning restore CA1036
{
    public static NoteId New() => new(Guid.CreateVersion7());
}

public enum NoteKind
{
    Minute = 1,
    Action = 2,
    Risk = 3,
}

public sealed class Note : AggregateRoot<NoteId>, ICommitteeScoped
{
    private readonly List<NoteLine> _lines = [];
    private readonly List<OrganisationId> _partners = [];
    private readonly List<LocalDate> _reminders = [];

    public Note(NoteId id, CommitteeId committeeId, int number, string title, LocalDate day, Instant at)
        : base(id)
    {
        CommitteeId = committeeId;
        Number = number;
        Title = title;
        Day = day;
        At = at;
        Month = new YearMonth(day.Year, day.Month);
        // The storage-order test keeps a year-999 day, outside the domain's plausible window: its Term stays unset.
        Term = day.Year < 1990 ? Term.Unset : Term.From(day);
        Kind = NoteKind.Minute;
    }

    private Note()
    {
        Title = string.Empty;
        Term = Term.Unset;
    }

    public CommitteeId CommitteeId { get; private set; }

    public int Number { get; set; }

    public string Title { get; set; }

    public OrganisationId? OrganisationId { get; set; }

    public LocalDate Day { get; set; }

    public LocalDate? DueDay { get; set; }

    public Instant At { get; set; }

    public LocalDateTime? StartsAt { get; set; }

    public LocalTime? StartTime { get; set; }

    public YearMonth Month { get; set; }

    public Duration? Length { get; set; }

    public Term Term { get; set; }

    public NoteKind Kind { get; set; }

    public IReadOnlyList<NoteLine> Lines => _lines;

    public IReadOnlyList<OrganisationId> Partners => _partners;

    public IReadOnlyList<LocalDate> Reminders => _reminders;

    public List<string> Tags { get; private set; } = [];

    public void AddPartner(OrganisationId partner) => _partners.Add(partner);

    public void Remind(LocalDate day) => _reminders.Add(day);

    public NoteLine AddLine(string text)
    {
        var line = new NoteLine(Guid.CreateVersion7(), text);
        _lines.Add(line);
        return line;
    }

    public void RemoveLine(NoteLine line) => _lines.Remove(line);
}

public sealed class NoteLine
{
    private readonly List<NoteMark> _marks = [];

    internal NoteLine(Guid id, string text)
    {
        Id = id;
        Text = text;
    }

    public Guid Id { get; private set; }

    public string Text { get; set; }

    public IReadOnlyList<NoteMark> Marks => _marks;

    public void Mark(string label) => _marks.Add(new NoteMark(Guid.CreateVersion7(), label));
}

public sealed class NoteMark
{
    internal NoteMark(Guid id, string label)
    {
        Id = id;
        Label = label;
    }

    public Guid Id { get; private set; }

    public string Label { get; private set; }
}
