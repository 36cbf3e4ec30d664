using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;

namespace Krat.Web.Pages.Meetings;

/// <summary>
/// A meeting's record with the names it refers to, as the details, record and minutes pages show it. Only the
/// names of the organisations and people the record (and the committee's seats on the meeting's body) refers to
/// are read, as projections: never every organisation or person of the country.
/// </summary>
public sealed class MeetingRecord
{
    private readonly Dictionary<OrganisationId, OrganisationNames> _organisations = [];
    private readonly Dictionary<PersonId, PersonName> _people = [];
    private readonly Dictionary<OrganisationId, int> _rank = [];

    public required Domain.Committees.Committee Committee { get; init; }

    public required Meeting Meeting { get; init; }

    /// <summary>The seats of the meeting's body on its day: who was expected.</summary>
    public required IReadOnlyList<Domain.Committees.Seat> Seats { get; init; }

    /// <summary>The names of the organisations the record refers to.</summary>
    public IReadOnlyDictionary<OrganisationId, OrganisationNames> Organisations => _organisations;

    /// <summary>The names of the people the record refers to.</summary>
    public IReadOnlyDictionary<PersonId, PersonName> People => _people;

    /// <summary>
    /// Loads the meeting of the committee being viewed, or null (404) when it does not exist or belongs to another
    /// committee. Pages decide what of it the visitor may see.
    /// </summary>
    public static async Task<MeetingRecord?> LoadAsync(
        Guid id,
        CurrentCommittee current,
        IReadRepository<Meeting> meetings,
        IReadRepository<Organisation> organisations,
        IReadRepository<Person> people,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(meetings);
        if (await current.GetAsync(cancellationToken) is not { } committee
            || await meetings.FirstOrDefaultAsync(new MeetingRecordSpec(new MeetingId(id)), cancellationToken) is not { } meeting
            || meeting.CommitteeId != committee.Id)
        {
            return null;
        }

        var record = new MeetingRecord { Committee = committee, Meeting = meeting, Seats = committee.SeatsOn(meeting.Body, meeting.Date) };
        await record.AddNamesAsync(organisations, people, record.ReferencedOrganisations(), record.ReferencedPeople(), cancellationToken);
        return record;
    }

    /// <summary>Reads the names of more organisations and people (those not read yet), for what a page adds.</summary>
    public async Task AddNamesAsync(
        IReadRepository<Organisation> organisations,
        IReadRepository<Person> people,
        IEnumerable<OrganisationId> organisationIds,
        IEnumerable<PersonId> personIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        List<OrganisationId> newOrganisations = [.. organisationIds.Distinct().Where(o => !_organisations.ContainsKey(o))];
        if (newOrganisations.Count > 0)
        {
            foreach (var names in await organisations.ListAsync(new OrganisationNamesSpec(newOrganisations), cancellationToken))
            {
                _organisations[names.Id] = names;
            }

            var order = 0;
            foreach (var names in _organisations.Values.OrderBy(o => o.Name, StringComparer.CurrentCulture))
            {
                _rank[names.Id] = order++;
            }
        }

        List<PersonId> newPeople = [.. personIds.Distinct().Where(p => !_people.ContainsKey(p))];
        if (newPeople.Count > 0)
        {
            foreach (var name in await people.ListAsync(new PersonNamesSpec(newPeople), cancellationToken))
            {
                _people[name.Id] = name;
            }
        }
    }

    /// <summary>The display name of an organisation.</summary>
    public string Organisation(OrganisationId? id) => Organisations.Name(id);

    /// <summary>The display name of a person.</summary>
    public string Person(PersonId? id) => People.Name(id);

    /// <summary>Where an organisation comes in the record's lists (by Albanian name); unknown ones last.</summary>
    public int Rank(OrganisationId id) => _rank.TryGetValue(id, out var rank) ? rank : int.MaxValue;

    /// <summary>The meeting's title, or its kind when it has none.</summary>
    public string Title => Meeting.Title ?? GovernanceFormat.Label(Meeting.Kind);

    private IEnumerable<OrganisationId> ReferencedOrganisations() =>
        Seats.Select(s => s.OrganisationId)
            .Concat(Meeting.Attendance.Select(a => a.OrganisationId))
            .Concat(Meeting.Guests.Where(g => g.OrganisationId is not null).Select(g => g.OrganisationId!.Value))
            .Concat(Meeting.Commitments.Select(c => c.OwnerId))
            .Concat(Meeting.Agenda.Where(i => i.Presenter is not null).Select(i => i.Presenter!.OrganisationId))
            .Concat(Meeting.Chair is { } chair ? [chair.OrganisationId] : []);

    private IEnumerable<PersonId> ReferencedPeople() =>
        Seats.SelectMany(s => s.RepresentativesOn(Meeting.Date)).Select(r => r.PersonId)
            .Concat(Meeting.Attendance.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value))
            .Concat(Meeting.Agenda.Where(i => i.Presenter is not null).Select(i => i.Presenter!.PersonId))
            .Concat(Meeting.Chair is { } chair ? [chair.PersonId] : [])
            .Concat(Meeting.MinutesApprovedBy is { } by ? [by] : []);
}
