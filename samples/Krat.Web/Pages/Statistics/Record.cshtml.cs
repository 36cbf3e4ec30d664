using System.Globalization;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Specifications;
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
/// Records victim counts for one year and the county or one of its municipalities as a DRAFT: one whole number for
/// each combination of sex, age group, status and form of exploitation. Aggregates only — the form has no field about
/// any person, and a source that reads like one is refused. Saving an existing draft of the year and place replaces
/// its counts and source and needs the version the form was built from; a published record is corrected instead
/// (<see cref="CorrectModel"/>). A new record must not overlap the county's others (<see cref="VictimStatisticsRegistry"/>).
/// Secretary or administrator.
/// </summary>
[Authorize(Policy = KratPolicies.CanEditCommittee)]
public sealed class RecordModel(CurrentCommittee current, IRepository<VictimStatistics> statistics, IClock clock, IStringLocalizer<PlanText> texts, FormErrors errors) : PageModel
{
    /// <summary>The earliest year accepted.</summary>
    public const int FirstYear = 2000;

    /// <summary>What the form shows: the defaults, or what was posted (<c>Input.*</c>) when it is refused.</summary>
    public InputModel Input { get; private set; } = new();

    public Committee Committee { get; private set; } = null!;

    public County County { get; private set; } = null!;

    /// <summary>Whether the year and place already have a draft (its counts are then replaced).</summary>
    public bool Exists { get; private set; }

    /// <summary>The record of the year and place when it is published (then it is corrected, not recorded).</summary>
    public VictimStatisticsId? PublishedId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, string? municipality, CancellationToken cancellationToken)
    {
        if (!await LoadCommitteeAsync(cancellationToken))
        {
            return NotFound();
        }

        var chosenYear = year ?? Albania.Today(clock).Year;
        var place = municipality is { Length: > 0 } ? Albania.FindMunicipality(municipality) : null;
        var existing = await FindAsync(chosenYear, place?.County == County.Code ? place.Name : null, cancellationToken);
        Show(existing);
        Input = new InputModel
        {
            Year = chosenYear.ToString(CultureInfo.InvariantCulture),
            Municipality = existing?.Municipality?.Name ?? string.Empty,
            Source = existing?.Source,
            Version = existing?.Version,
            Counts = StatisticsGrid.Texts(existing),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Input))] InputModel input, CancellationToken cancellationToken)
    {
        Input = input;
        if (!await LoadCommitteeAsync(cancellationToken))
        {
            return NotFound();
        }

        var today = Albania.Today(clock);
        int? year = int.TryParse(Input.Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= FirstYear && y <= today.Year ? y : null;
        if (year is null)
        {
            ModelState.AddModelError("Input.Year", texts["Validation.Year", texts["Statistics.Record.Year"], FirstYear, today.Year]);
        }

        string? municipality = null;
        Municipality? place = null;
        if (!string.IsNullOrWhiteSpace(Input.Municipality))
        {
            var found = Albania.FindMunicipality(Input.Municipality);
            if (found is null || found.County != County.Code)
            {
                ModelState.AddModelError("Input.Municipality", texts["Validation.Municipality", texts["Statistics.Record.Place"], Input.Municipality, County.Name]);
            }
            else
            {
                place = found;
                municipality = found.Name;
            }
        }

        if (Input.Source is { Length: > VictimStatistics.MaxSourceLength })
        {
            ModelState.AddModelError("Input.Source", texts["Validation.MaxLength", texts["Statistics.Record.Source"], VictimStatistics.MaxSourceLength]);
        }

        var cells = StatisticsGrid.ParseCells(Input.Counts, ModelState, texts);
        var table = year is null ? null : await FindAsync(year.Value, municipality, cancellationToken);
        if (table is not null && Input.Version is null)
        {
            ModelState.AddModelError(string.Empty, texts["Statistics.VersionMissing"]);
        }

        if (!ModelState.IsValid || year is null)
        {
            Show(table);
            return Page();
        }

        try
        {
            var period = new DateInterval(new LocalDate(year.Value, 1, 1), new LocalDate(year.Value, 12, 31));
            if (table is null)
            {
                var neighbours = await statistics.ListAsync(new OverlappingStatisticsSpec(County.Code, place, period), cancellationToken);
                table = new VictimStatisticsRegistry(neighbours).Open(Committee.Id, County.Code, period, place, Input.Source);
                RecordAll(table, cells);
                await statistics.AddAsync(table, cancellationToken);
                await statistics.SaveChangesAsync(cancellationToken);
            }
            else
            {
                statistics.ExpectVersion(table, Input.Version!.Value);
                table.ChangeSource(Input.Source);
                RecordAll(table, cells);
                await statistics.SaveChangesAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (StatisticsForms.TryShow(exception, ModelState, texts, errors))
        {
            Show(table);
            return Page();
        }

        return RedirectToPage("/Statistics/Review", new { id = table.Id.Value, qark = Request.Qark() });
    }

    // Every cell of the grid, so that a cell left blank is recorded as 0 (replacing an earlier count).
    private static void RecordAll(VictimStatistics table, List<CellCount> cells)
    {
        foreach (var (form, status) in StatisticsGrid.Rows)
        {
            foreach (var (sex, age) in StatisticsGrid.Columns)
            {
                var count = cells.Find(c => c.Sex == sex && c.AgeGroup == age && c.Status == status && c.Form == form)?.Count ?? 0;
                table.Record(sex, age, status, form, count);
            }
        }
    }

    private void Show(VictimStatistics? existing)
    {
        Exists = existing is not null;
        PublishedId = existing is { IsPublished: true } ? existing.Id : null;
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
        return tables.FirstOrDefault(t => t.CommitteeId == Committee.Id && t.Period.Start == start && t.Period.End == end && t.Municipality?.Name == municipality);
    }

    public sealed class InputModel : StatisticsCountsInput
    {
        public string? Year { get; set; }

        /// <summary>Empty for the whole county.</summary>
        public string? Municipality { get; set; }

        public string? Source { get; set; }
    }
}
