using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Activities.Specifications;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Organisations;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Pages.Meetings;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Krat.Web.Pages;

/// <summary>
/// The home page for each role. Visitors see the introduction and the demo. A secretary (or administrator) sees what
/// waits: meetings to mark held or to approve, overdue commitments, activities to complete, statistics drafts to
/// check and publish. A member sees what its
/// institution promised (open and overdue), its activities and its seats. Each list is one small query; another
/// section (statistics drafts, say) is one more list and one more block in the view. Everyone gets the ways in: the
/// committee, its latest meeting the visitor may see and, in demo mode, the reference meeting (the Durrës closing
/// meeting of 31.10.2023) and the October 2023 report.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(
    IClock clock,
    CurrentCommittee current,
    IReadRepository<Meeting> meetings,
    IReadRepository<Activity> activities,
    IReadRepository<VictimStatistics> statistics,
    IOptions<KratSiteOptions> site) : PageModel
{
    /// <summary>How many lines a home list shows at most.</summary>
    public const int ListSize = 10;

    /// <summary>The month of the demo's reference report, October 2023 (the awareness month that the closing meeting ends).</summary>
    public const string ReferenceMonth = "2023-10";

    /// <summary>The committee the ways in lead to (the user's own, or the county viewed), or null when there is none yet.</summary>
    public Committee? ViewedCommittee { get; private set; }

    /// <summary>The committee's latest held meeting (up to today) that the visitor may open, or null.</summary>
    public Meeting? LatestMeeting { get; private set; }

    /// <summary>The reference meeting (the Durrës closing meeting of 31.10.2023) in demo mode, when the database holds it.</summary>
    public Meeting? ReferenceMeeting { get; private set; }

    /// <summary>Whether the site runs in demo mode (the reference meeting and report are linked).</summary>
    public bool DemoMode { get; private set; }

    /// <summary>The committee of the signed-in user, or null for visitors and users of a county without one.</summary>
    public Committee? Committee { get; private set; }

    /// <summary>Whether the home shows the secretary's work.</summary>
    public bool IsSecretary { get; private set; }

    /// <summary>The member's organisation, when the user acts for one.</summary>
    public OrganisationId? MemberOrganisation { get; private set; }

    /// <summary>Planned meetings whose start has come (to mark held and record).</summary>
    public IReadOnlyList<Meeting> ToRecord { get; private set; } = [];

    /// <summary>Held meetings whose minutes are still a draft (to approve).</summary>
    public IReadOnlyList<Meeting> ToApprove { get; private set; } = [];

    /// <summary>Open commitments (for a secretary the overdue ones, for a member its institution's).</summary>
    public IReadOnlyList<OpenCommitment> Commitments { get; private set; } = [];

    /// <summary>Planned activities whose day has passed (secretary), or the member's activities.</summary>
    public IReadOnlyList<Activity> Activities { get; private set; } = [];

    /// <summary>The committee's victim statistics records still in draft (secretary), each to review and publish.</summary>
    public IReadOnlyList<VictimStatistics> StatisticsDrafts { get; private set; } = [];

    /// <summary>The member organisation's seats on the committee today.</summary>
    public IReadOnlyList<Seat> Seats { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = Albania.Today(clock);
        await LoadWaysInAsync(today, cancellationToken);
        if (!GovernanceFormat.SignedIn(User) || await current.GetAsync(cancellationToken) is not { } committee)
        {
            return;
        }

        Committee = committee;
        IsSecretary = GovernanceFormat.CanEdit(User);
        MemberOrganisation = User.OrganisationId();
        if (IsSecretary)
        {
            var now = clock.GetCurrentInstant();
            var recent = await meetings.ListAsync(new CommitteeMeetingsInPeriodSpec(committee.Id, new DateInterval(today.PlusYears(-1), today), 0, 200), cancellationToken);
            ToRecord = [.. recent.Where(m => m.State == MeetingState.Planned && m.StartsAt <= now).Take(ListSize)];
            ToApprove = [.. recent.Where(m => m.State == MeetingState.Held && m.Minutes == MinutesStatus.Draft).Take(ListSize)];
            Commitments = [.. (await meetings.ListAsync(new OpenCommitmentsByOwnerSpec(committee.Id, today, overdueOnly: true), cancellationToken)).Take(ListSize)];
            Activities = await activities.ListAsync(new ActivitiesFilterSpec(new ActivitiesFilter { CommitteeId = committee.Id, Status = ActivityStatus.Planned, To = today.PlusDays(-1) }, 1, ListSize), cancellationToken);
            StatisticsDrafts = await statistics.ListAsync(new StatisticsDraftsSpec(committee.Id, ListSize), cancellationToken);
        }
        else if (MemberOrganisation is { } organisation)
        {
            Commitments = await meetings.ListAsync(new OpenCommitmentsByOwnerSpec(committee.Id, today, organisation), cancellationToken);
            Activities = await activities.ListAsync(new ActivitiesFilterSpec(new ActivitiesFilter { CommitteeId = committee.Id, OrganisationId = organisation }, 1, ListSize), cancellationToken);
            Seats = [.. committee.SeatsOn(CommitteeBody.Committee, today).Concat(committee.SeatsOn(CommitteeBody.TechnicalTable, today)).Where(s => s.OrganisationId == organisation)];
        }
    }

    private async Task LoadWaysInAsync(LocalDate today, CancellationToken cancellationToken)
    {
        DemoMode = site.Value.DemoMode;
        ViewedCommittee = await current.GetAsync(cancellationToken);
        var signedIn = GovernanceFormat.SignedIn(User);
        if (ViewedCommittee is { } viewed)
        {
            var held = await meetings.ListAsync(new CommitteeMeetingsInPeriodSpec(viewed.Id, new DateInterval(today.PlusYears(-1), today), 0, 200, state: MeetingState.Held), cancellationToken);
            LatestMeeting = held.LastOrDefault(m => signedIn || GovernanceFormat.IsPublished(m));
        }

        if (DemoMode && await meetings.GetByIdAsync(DemoIds.ClosingMeeting, cancellationToken) is { } reference && (signedIn || GovernanceFormat.IsPublished(reference)))
        {
            ReferenceMeeting = reference;
        }
    }
}
