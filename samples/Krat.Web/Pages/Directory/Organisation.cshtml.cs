using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Pages.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Krat.Web.Pages.Directory;

/// <summary>
/// An organisation: kind, level, county, identifiers, the seats it holds on the committee being viewed, its
/// people and their representations, and its attendance at that committee's held meetings (the public sees
/// attendance from approved minutes only).
/// </summary>
[AllowAnonymous]
public sealed class OrganisationModel(
    CurrentCommittee current,
    IReadRepository<Organisation> organisations,
    IReadRepository<Person> people,
    IReadRepository<Meeting> meetings) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public Domain.Committees.Committee? Committee { get; private set; }

    public IReadOnlyList<Seat> Seats { get; private set; } = [];

    public IReadOnlyList<Person> People { get; private set; } = [];

    public IReadOnlyList<OrganisationAttendance> Attendance { get; private set; } = [];

    public IReadOnlyDictionary<PersonId, Person> AllPeople { get; private set; } = new Dictionary<PersonId, Person>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisationId = new OrganisationId(id);
        if (await organisations.GetByIdAsync(organisationId, cancellationToken) is not { } organisation)
        {
            return NotFound();
        }

        Organisation = organisation;
        Committee = await current.GetAsync(cancellationToken);
        People = await people.ListAsync(new PeopleMatchingSpec(null, organisationId), cancellationToken);
        AllPeople = People.ToDictionary(p => p.Id);
        if (Committee is { } committee)
        {
            Seats = committee.Seats.Where(s => s.OrganisationId == organisationId).OrderBy(s => s.Body).ThenBy(s => s.Term.Start).ToList();
            var history = await meetings.ListAsync(new AttendanceHistorySpec(organisationId, committee.Id), cancellationToken);
            if (!GovernanceFormat.SignedIn(User))
            {
                var approved = (await meetings.ListAsync(new PublishedMeetingsInPeriodSpec(committee.Id, new DateInterval(new LocalDate(2000, 1, 1), new LocalDate(2100, 12, 31)), 0, 1000), cancellationToken))
                    .Where(m => m.Minutes == MinutesStatus.Approved)
                    .Select(m => m.Id)
                    .ToHashSet();
                history = history.Where(h => approved.Contains(h.MeetingId)).ToList();
            }

            Attendance = history.OrderByDescending(h => h.Date).ToList();
        }

        return Page();
    }
}
