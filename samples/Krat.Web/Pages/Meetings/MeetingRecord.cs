using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;

namespace Krat.Web.Pages.Meetings;

/// <summary>A meeting's record with the names it refers to, as the details, record and minutes pages show it.</summary>
public sealed class MeetingRecord
{
    public required Domain.Committees.Committee Committee { get; init; }

    public required Meeting Meeting { get; init; }

    public required IReadOnlyDictionary<OrganisationId, Organisation> Organisations { get; init; }

    public required IReadOnlyDictionary<PersonId, Person> People { get; init; }

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
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        if (await current.GetAsync(cancellationToken) is not { } committee
            || await meetings.FirstOrDefaultAsync(new MeetingRecordSpec(new MeetingId(id)), cancellationToken) is not { } meeting
            || meeting.CommitteeId != committee.Id)
        {
            return null;
        }

        return new MeetingRecord
        {
            Committee = committee,
            Meeting = meeting,
            Organisations = (await organisations.ListAsync(new OrganisationsMatchingSpec(), cancellationToken)).ToDictionary(o => o.Id),
            People = (await people.ListAsync(new PeopleMatchingSpec(), cancellationToken)).ToDictionary(p => p.Id),
        };
    }

    /// <summary>The display name of an organisation.</summary>
    public string Organisation(OrganisationId? id) => Organisations.Name(id);

    /// <summary>The display name of a person.</summary>
    public string Person(PersonId? id) => People.Name(id);

    /// <summary>The meeting's title, or its kind when it has none.</summary>
    public string Title => Meeting.Title ?? GovernanceFormat.Label(Meeting.Kind);
}
