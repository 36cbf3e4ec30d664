using System.Globalization;
using Krat.Domain.Plans;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Krat.Web.Pages.Plan;

/// <summary>
/// Records the actual value of an indicator for a period — the only change an approved plan accepts. Secretary or
/// administrator. A closed plan, a period outside the plan or a value of the wrong kind is refused with the domain's message.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class RecordActualModel(CurrentCommittee current, IRepository<ActionPlan> plans, IStringLocalizer<PlanText> texts, FormErrors errors) : PageModel
{
    /// <summary>What the form shows: the defaults, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public InputModel Input { get; private set; } = new();

    public ActionPlan Plan { get; private set; } = null!;

    public Measure Measure { get; private set; } = null!;

    public Indicator Indicator { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid measure, Guid indicator, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, measure, indicator, cancellationToken))
        {
            return NotFound();
        }

        var period = Indicator.Targets.Count > 0 ? Indicator.Targets[^1].Period : Plan.Period;
        var existing = Indicator.Actuals.FirstOrDefault(a => a.Period == period);
        Input = new InputModel
        {
            MeasureId = measure,
            IndicatorId = indicator,
            PeriodStart = Charts.DisplayText.Iso(period.Start),
            PeriodEnd = Charts.DisplayText.Iso(period.End),
            Amount = existing?.Amount?.ToString("0.##", CultureInfo.CurrentCulture),
            Text = existing?.Text,
            Version = Plan.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        Input = input;
        if (!await LoadAsync(id, Input.MeasureId, Input.IndicatorId, cancellationToken))
        {
            return NotFound();
        }

        var start = EditSupport.ParseDate(Input.PeriodStart, "Input.PeriodStart", texts["Form.PeriodStart"], ModelState, texts);
        var end = EditSupport.ParseDate(Input.PeriodEnd, "Input.PeriodEnd", texts["Form.PeriodEnd"], ModelState, texts);
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(Input.Amount))
        {
            if (decimal.TryParse(Input.Amount.Trim(), NumberStyles.Number, CultureInfo.CurrentCulture, out var parsed)
                || decimal.TryParse(Input.Amount.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out parsed))
            {
                amount = parsed;
            }
            else
            {
                ModelState.AddModelError("Input.Amount", texts["Validation.Number", texts["Plan.RecordActual.Amount"]]);
            }
        }
        else if (Indicator.Kind != IndicatorKind.Qualitative)
        {
            ModelState.AddModelError("Input.Amount", texts["Validation.Required", texts["Plan.RecordActual.Amount"]]);
        }

        if (Indicator.Kind == IndicatorKind.Qualitative && string.IsNullOrWhiteSpace(Input.Text))
        {
            ModelState.AddModelError("Input.Text", texts["Validation.Required", texts["Plan.RecordActual.Text"]]);
        }

        if (Input.Text is { Length: > IndicatorValue.MaxTextLength })
        {
            ModelState.AddModelError("Input.Text", texts["Validation.MaxLength", texts[Indicator.Kind == IndicatorKind.Qualitative ? "Plan.RecordActual.Text" : "Plan.RecordActual.Note"], IndicatorValue.MaxTextLength]);
        }

        if (!ModelState.IsValid || start is null || end is null)
        {
            return Page();
        }

        try
        {
            Plan.RecordActual(Measure.Id, Indicator.Id, EditSupport.Period(start.Value, end.Value), amount, string.IsNullOrWhiteSpace(Input.Text) ? null : Input.Text);
            await plans.UpdateAsync(Plan, Input.Version, cancellationToken);
            await plans.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (errors.TryShow(ModelState, exception))
        {
            return Page();
        }

        return RedirectToPage("/Plan/Details", null, new { id, qark = Request.Qark() }, $"measure-{Measure.Code}");
    }

    private async Task<bool> LoadAsync(Guid id, Guid measure, Guid indicator, CancellationToken cancellationToken)
    {
        var plan = await PlanEditing.LoadAsync(plans, current, id, cancellationToken);
        var found = plan?.Measures.FirstOrDefault(m => m.Id.Value == measure);
        var foundIndicator = found?.Indicators.FirstOrDefault(i => i.Id.Value == indicator);
        if (plan is null || found is null || foundIndicator is null)
        {
            return false;
        }

        Plan = plan;
        Measure = found;
        Indicator = foundIndicator;
        return true;
    }

    public sealed class InputModel
    {
        public Guid MeasureId { get; set; }

        public Guid IndicatorId { get; set; }

        public string? PeriodStart { get; set; }

        public string? PeriodEnd { get; set; }

        public string? Amount { get; set; }

        public string? Text { get; set; }

        public int Version { get; set; }
    }
}
