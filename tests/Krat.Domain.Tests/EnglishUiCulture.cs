using System.Globalization;
using System.Runtime.CompilerServices;

namespace Krat.Domain.Tests;

/// <summary>
/// Runs the domain tests under an English UI culture, so the English message assertions keep their meaning
/// whatever the machine's culture; tests of the Albanian texts switch the culture themselves.
/// </summary>
internal static class EnglishUiCulture
{
    [ModuleInitializer]
    internal static void Apply()
    {
        var english = CultureInfo.GetCultureInfo("en");
        CultureInfo.DefaultThreadCurrentUICulture = english;
        CultureInfo.CurrentUICulture = english;
    }
}
