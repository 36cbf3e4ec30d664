using Krat.Domain.Statistics;
using Krat.Infrastructure.Errors;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Krat.Web.Pages.Statistics;

/// <summary>What the statistics forms share: loading the record they change, and showing a failure as a form error.</summary>
internal static class StatisticsForms
{
    /// <summary>The record (tracked, to be changed) when it belongs to the current committee; otherwise null.</summary>
    public static async Task<VictimStatistics?> LoadAsync(CurrentCommittee current, IRepository<VictimStatistics> statistics, Guid id, CancellationToken cancellationToken)
    {
        var committee = await current.GetAsync(cancellationToken);
        var table = await statistics.GetByIdAsync(new VictimStatisticsId(id), cancellationToken);
        return committee is null || table is null || table.CommitteeId != committee.Id ? null : table;
    }

    /// <summary>
    /// As <see cref="FormErrors.TryShow"/>, except that a save the database refused (a record of the same place and
    /// days stored meanwhile) says so.
    /// </summary>
    /// <returns>Whether the failure is now shown; false for an exception no form can explain.</returns>
    public static bool TryShow(Exception exception, ModelStateDictionary modelState, IStringLocalizer texts, FormErrors errors)
    {
        if (exception is UniqueConstraintViolationException or ConstraintViolationException)
        {
            modelState.AddModelError(string.Empty, texts["Statistics.OverlapRefused"]);
            return true;
        }

        return errors.TryShow(modelState, exception);
    }
}
