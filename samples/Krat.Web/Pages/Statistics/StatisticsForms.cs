using Krat.Infrastructure.Errors;
using Krat.Web.Pages.Plan;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Krat.Web.Pages.Statistics;

/// <summary>How the statistics forms show a failure: as <see cref="EditSupport.TryShow"/>, and a save the database refused (a record of the same place and days stored meanwhile) as a form error too.</summary>
internal static class StatisticsForms
{
    /// <summary>Adds the failure to the form and returns true, or returns false for an exception no form can explain.</summary>
    public static bool TryShow(Exception exception, ModelStateDictionary modelState, IStringLocalizer texts)
    {
        if (EditSupport.TryShow(exception, modelState, texts))
        {
            return true;
        }

        if (exception is UniqueConstraintViolationException or ConstraintViolationException)
        {
            modelState.AddModelError(string.Empty, texts["Statistics.OverlapRefused"]);
            return true;
        }

        return false;
    }
}
