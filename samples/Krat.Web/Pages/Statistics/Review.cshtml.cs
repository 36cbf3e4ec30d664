using Krat.Domain.Statistics;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Krat.Web.Pages.Statistics;

/// <summary>
/// The raw counts of one record beside its published view, so that the secretary sees what will be suppressed; its
/// state (draft or published, and which version), its version history, and the record's two actions that need no
/// grid: publishing a draft and changing the source. Every form carries the version it was built from.
/// Secretary or administrator only: members and the public never see raw counts.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class ReviewModel(CurrentCommittee current, IRepository<VictimStatistics> statistics, IClock clock, IStringLocalizer<PlanText> texts, FormErrors errors) : PageModel
{
    /// <summary>What the forms show: the record's version and source, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public SourceInput Input { get; private set; } = new();

    public VictimStatistics Table { get; private set; } = null!;

    public PublishedTable Published { get; private set; } = null!;

    /// <summary>The record's disclosure decision, with why each hidden figure is hidden (the committee's view only).</summary>
    public Krat.Domain.Statistics.Disclosure.DisclosureDecision Decision { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new SourceInput { Version = Table.Version, Source = Table.Source };
        return Page();
    }

    /// <summary>Publishes the draft as version 1, in the signed-in user's name.</summary>
    public Task<IActionResult> OnPostPublishAsync(Guid id, [Bind(Prefix = nameof(Input))] PublishInput input, CancellationToken cancellationToken)
    {
        Input = new SourceInput { Version = input.Version };
        return ChangeAsync(id, table => table.Publish(User.Identity?.Name ?? string.Empty, clock.GetCurrentInstant()), cancellationToken);
    }

    /// <summary>Changes the source (allowed in draft and after publication; refused when it reads like data about a person).</summary>
    public Task<IActionResult> OnPostSourceAsync(Guid id, [Bind(Prefix = nameof(Input))] SourceInput input, CancellationToken cancellationToken)
    {
        Input = input;
        return ChangeAsync(id, table => table.ChangeSource(input.Source), cancellationToken);
    }

    /// <summary>The raw count of a cell of the published cross-tabulation (form of exploitation × sex).</summary>
    public int RawOf(ExploitationForm form, Sex sex) =>
        Table.Counts.Where(c => c.Form == form && c.Sex == sex).Sum(c => c.Count);

    private async Task<IActionResult> ChangeAsync(Guid id, Action<VictimStatistics> change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Input.Version is not { } version)
        {
            ModelState.AddModelError(string.Empty, texts["Statistics.VersionMissing"]);
            return Page();
        }

        try
        {
            statistics.ExpectVersion(Table, version);
            change(Table);
            await statistics.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (StatisticsForms.TryShow(exception, ModelState, texts, errors))
        {
            // The save was refused and the context forgot the change: show the record as stored.
            await LoadAsync(id, cancellationToken);
            return Page();
        }

        return RedirectToPage("/Statistics/Review", new { id, qark = Request.Qark() });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await StatisticsForms.LoadAsync(current, statistics, id, cancellationToken) is not { } table)
        {
            return false;
        }

        Table = table;
        Decision = StatisticsGrid.Decide(table);
        Published = Decision.View(StatisticsGrid.PublishedRows, StatisticsGrid.PublishedColumns);
        return true;
    }

    /// <summary>The publish form: the record's version the page was built from.</summary>
    public class PublishInput
    {
        /// <summary>The record's version the page was built from; required by every action.</summary>
        public int? Version { get; set; }
    }

    /// <summary>The source form: the record's version and its new source.</summary>
    public sealed class SourceInput : PublishInput
    {
        public string? Source { get; set; }
    }
}
