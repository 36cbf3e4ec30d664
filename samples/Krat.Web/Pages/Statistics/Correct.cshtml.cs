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
/// Corrects a PUBLISHED record: the counts as they should be and why, published at once as the record's next version
/// (the earlier versions stay in its history; the public sees the new one). Needs the version the form was built from.
/// Secretary or administrator.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class CorrectModel(CurrentCommittee current, IRepository<VictimStatistics> statistics, IClock clock, IStringLocalizer<PlanText> texts, FormErrors errors) : PageModel
{
    /// <summary>What the form shows: the defaults, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public InputModel Input { get; private set; } = new();

    public VictimStatistics Table { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } table)
        {
            return NotFound();
        }

        if (!table.IsPublished)
        {
            return RedirectToPage("/Statistics/Record", new { year = table.Period.Start.Year, municipality = table.Municipality?.Name, qark = Request.Qark() });
        }

        Input = new InputModel { Version = table.Version, Counts = StatisticsGrid.Texts(table) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        Input = input;
        if (await LoadAsync(id, cancellationToken) is not { } table)
        {
            return NotFound();
        }

        var cells = StatisticsGrid.ParseCells(Input.Counts, ModelState, texts);
        if (string.IsNullOrWhiteSpace(Input.Reason))
        {
            ModelState.AddModelError("Input.Reason", texts["Validation.Required", texts["Statistics.Correct.Reason"]]);
        }
        else if (Input.Reason.Trim().Length > VictimStatistics.MaxReasonLength)
        {
            ModelState.AddModelError("Input.Reason", texts["Validation.MaxLength", texts["Statistics.Correct.Reason"], VictimStatistics.MaxReasonLength]);
        }

        if (Input.Version is null)
        {
            ModelState.AddModelError(string.Empty, texts["Statistics.VersionMissing"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            statistics.ExpectVersion(table, Input.Version!.Value);
            table.Correct(cells, Input.Reason!, User.Identity?.Name ?? string.Empty, clock.GetCurrentInstant());
            await statistics.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (StatisticsForms.TryShow(exception, ModelState, texts, errors))
        {
            return Page();
        }

        return RedirectToPage("/Statistics/Review", new { id = table.Id.Value, qark = Request.Qark() });
    }

    private async Task<VictimStatistics?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var table = await StatisticsForms.LoadAsync(current, statistics, id, cancellationToken);
        Table = table!;   // read only when found: a missing record ends in NotFound
        return table;
    }

    public sealed class InputModel : StatisticsCountsInput
    {
        /// <summary>Why the published figures change; the public reads it beside the new version.</summary>
        public string? Reason { get; set; }
    }
}
