using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Krat.Web.Pages.Meetings;

/// <summary>
/// The committee's meetings, by start, a page at a time, filtered by year and body. The public sees planned and
/// cancelled meetings and those whose minutes are approved; signed-in users see every meeting.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(CurrentCommittee current, IReadRepository<Meeting> meetings) : PageModel
{
    public const int PageSize = 20;

    private static readonly LocalDate Earliest = new(2000, 1, 1);
    private static readonly LocalDate Latest = new(2100, 12, 31);

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "body")]
    public CommitteeBody? Body { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Domain.Committees.Committee Committee { get; private set; } = null!;

    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } committee)
        {
            return NotFound();
        }

        Committee = committee;
        if (Year is < 2000 or > 2100)
        {
            Year = null;
        }

        PageNumber = Math.Max(1, PageNumber);
        var period = Year is { } year ? new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)) : new DateInterval(Earliest, Latest);
        var skip = (PageNumber - 1) * PageSize;
        if (GovernanceFormat.SignedIn(User))
        {
            Total = await meetings.CountAsync(new CommitteeMeetingsInPeriodSpec(committee.Id, period, 0, 1, Body), cancellationToken);
            Meetings = await meetings.ListAsync(new CommitteeMeetingsInPeriodSpec(committee.Id, period, skip, PageSize, Body), cancellationToken);
        }
        else
        {
            Total = await meetings.CountAsync(new PublishedMeetingsInPeriodSpec(committee.Id, period, 0, 1, Body), cancellationToken);
            Meetings = await meetings.ListAsync(new PublishedMeetingsInPeriodSpec(committee.Id, period, skip, PageSize, Body), cancellationToken);
        }

        return Page();
    }
}
