using System.Globalization;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Charts;
using Krat.Web.Hosting;
using Krat.Web.Pages.Plan;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using NodaTime;

namespace Krat.Web.Pages.Statistics;

/// <summary>
/// Records victim counts for one year and the county or one of its municipalities: one whole number for each
/// combination of sex, age group, status and form of exploitation. Aggregates only — the form has no field about
/// any person. Saving an existing year and place replaces its counts. Secretary or administrator.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class RecordModel(CurrentCommittee current, IRepository<VictimStatistics> statistics, IClock clock, IStringLocalizer<PlanText> texts) : PageModel
{
    /// <summary>The earliest year accepted.</summary>
    public const int FirstYear = 2000;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Committee Committee { get; private set; } = null!;

    public County County { get; private set; } = null!;

    /// <summary>Whether the year and place already have a record (its counts are then replaced).</summary>
    public bool Exists { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, string? municipality, CancellationToken cancellationToken)
    {
        if (!await LoadCommitteeAsync(cancellationToken))
        {
            return NotFound();
        }

        var chosenYear = year ?? DisplayText.Today(clock).Year;
        var place = municipality is { Length: > 0 } ? Albania.FindMunicipality(municipality) : null;
        var existing = await FindAsync(chosenYear, place?.County == County.Code ? place.Name : null, cancellationToken);
        Exists = existing is not null;
        Input = new InputModel
        {
            Year = chosenYear.ToString(CultureInfo.InvariantCulture),
            Municipality = existing?.Municipality ?? string.Empty,
            Source = existing?.Source,
            Version = existing?.Version,
            Counts = [.. Enumerable.Range(0, StatisticsGrid.CellCount).Select(i => existing is null ? string.Empty : CountOf(existing, i).ToString(CultureInfo.InvariantCulture))],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadCommitteeAsync(cancellationToken))
        {
            return NotFound();
        }

        while (Input.Counts.Count < StatisticsGrid.CellCount)
        {
            Input.Counts.Add(string.Empty);
        }

        var today = DisplayText.Today(clock);
        int? year = int.TryParse(Input.Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= FirstYear && y <= today.Year ? y : null;
        if (year is null)
        {
            ModelState.AddModelError("Input.Year", texts["Statistics.Record.YearInvalid", FirstYear, today.Year]);
        }

        string? municipality = null;
        if (!string.IsNullOrWhiteSpace(Input.Municipality))
        {
            var found = Albania.FindMunicipality(Input.Municipality);
            if (found is null || found.County != County.Code)
            {
                ModelState.AddModelError("Input.Municipality", texts["Statistics.Record.MunicipalityInvalid", Input.Municipality, County.Name]);
            }
            else
            {
                municipality = found.Name;
            }
        }

        if (Input.Source is { Length: > VictimStatistics.MaxSourceLength })
        {
            ModelState.AddModelError("Input.Source", texts["Form.TooLong", VictimStatistics.MaxSourceLength]);
        }

        var counts = new int[StatisticsGrid.CellCount];
        for (var i = 0; i < counts.Length; i++)
        {
            var text = i < Input.Counts.Count ? Input.Counts[i]?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= VictimStatistics.MaxCount)
            {
                counts[i] = count;
            }
            else
            {
                ModelState.AddModelError($"Input.Counts[{i}]", texts["Statistics.Record.CountInvalid", CellName(i), VictimStatistics.MaxCount]);
            }
        }

        if (!ModelState.IsValid || year is null)
        {
            Exists = year is not null && await FindAsync(year.Value, municipality, cancellationToken) is not null;
            return Page();
        }

        VictimStatistics? table = null;
        try
        {
            table = await FindAsync(year.Value, municipality, cancellationToken);
            var isNew = table is null;
            table ??= VictimStatistics.Open(
                VictimStatisticsId.New(),
                Committee.Id,
                County.Code,
                new LocalDate(year.Value, 1, 1),
                new LocalDate(year.Value, 12, 31),
                municipality,
                string.IsNullOrWhiteSpace(Input.Source) ? null : Input.Source);
            for (var row = 0; row < StatisticsGrid.Rows.Count; row++)
            {
                for (var column = 0; column < StatisticsGrid.Columns.Count; column++)
                {
                    var (form, status) = StatisticsGrid.Rows[row];
                    var (sex, age) = StatisticsGrid.Columns[column];
                    table.Record(sex, age, status, form, counts[StatisticsGrid.Index(row, column)]);
                }
            }

            if (isNew)
            {
                await statistics.AddAsync(table, cancellationToken);
            }
            else
            {
                await statistics.UpdateAsync(table, Input.Version ?? table.Version, cancellationToken);
            }
        }
        catch (Exception exception) when (EditSupport.TryShow(exception, ModelState, texts))
        {
            Exists = table is not null;
            return Page();
        }

        return RedirectToPage("/Statistics/Review", new { id = table.Id.Value, qark = EditSupport.Qark(Request) });
    }

    /// <summary>The words for a cell of the grid, e.g. "Female, child, potential victim, sexual exploitation".</summary>
    public static string CellName(int index)
    {
        var row = index / StatisticsGrid.Columns.Count;
        var column = index % StatisticsGrid.Columns.Count;
        var (form, status) = StatisticsGrid.Rows[row];
        var (sex, age) = StatisticsGrid.Columns[column];
        return string.Join(", ", Domain.Common.CodeList.LabelOf(sex).In(), Domain.Common.CodeList.LabelOf(age).In(), Domain.Common.CodeList.LabelOf(status).In(), Domain.Common.CodeList.LabelOf(form).In());
    }

    private static int CountOf(VictimStatistics table, int index)
    {
        var (form, status) = StatisticsGrid.Rows[index / StatisticsGrid.Columns.Count];
        var (sex, age) = StatisticsGrid.Columns[index % StatisticsGrid.Columns.Count];
        return table.CountOf(sex, age, status, form);
    }

    private async Task<bool> LoadCommitteeAsync(CancellationToken cancellationToken)
    {
        var committee = await current.GetAsync(cancellationToken);
        if (committee is null)
        {
            return false;
        }

        Committee = committee;
        County = Albania.County(committee.County);
        return true;
    }

    private async Task<VictimStatistics?> FindAsync(int year, string? municipality, CancellationToken cancellationToken)
    {
        var start = new LocalDate(year, 1, 1);
        var end = new LocalDate(year, 12, 31);
        var tables = await statistics.ListAsync(new VictimStatisticsOfCountySpec(County.Code, start, end), cancellationToken);
        return tables.FirstOrDefault(t => t.CommitteeId == Committee.Id && t.PeriodStart == start && t.PeriodEnd == end && t.Municipality == municipality);
    }

    public sealed class InputModel
    {
        public string? Year { get; set; }

        /// <summary>Empty for the whole county.</summary>
        public string? Municipality { get; set; }

        public string? Source { get; set; }

        public int? Version { get; set; }

        /// <summary>One entry per cell of <see cref="StatisticsGrid"/>, row-major; blank means 0.</summary>
        public List<string?> Counts { get; set; } = [];
    }
}
