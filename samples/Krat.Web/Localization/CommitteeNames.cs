using System.Globalization;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Microsoft.Extensions.Localization;

namespace Krat.Web.Localization;

/// <summary>
/// A committee's name as the reader sees it. A committee records its name in Albanian only ("Komiteti Rajonal
/// Antitrafik Durrës"); read in English, the site names it by what every KRAT is, in its county: "Regional
/// Anti-Trafficking Committee of Durrës" (SharedResource "Committee.NameInEnglish").
/// </summary>
public static class CommitteeNames
{
    /// <summary>The recorded name in Albanian, the committee's function and county in English.</summary>
    public static string DisplayName(this Committee committee, IStringLocalizer<SharedResource> texts)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(texts);
        return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
            ? texts["Committee.NameInEnglish", Albania.County(committee.County).Name]
            : committee.Name;
    }
}
