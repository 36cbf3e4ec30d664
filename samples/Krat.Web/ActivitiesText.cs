using System.Globalization;
using System.Resources;

namespace Krat.Web;

/// <summary>
/// Marker for the texts of the activities pages: Resources/ActivitiesText.resx (Albanian) and
/// ActivitiesText.en.resx (English). Inject <c>IStringLocalizer&lt;ActivitiesText&gt;</c>.
/// </summary>
public sealed class ActivitiesText
{
    private static readonly ResourceManager Resources = new("Krat.Web.Resources.ActivitiesText", typeof(ActivitiesText).Assembly);

    private ActivitiesText()
    {
    }

    /// <summary>The text of <paramref name="key"/> in the current UI culture, or the key when missing.</summary>
    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    // Field names and messages for data annotations ([Display(ResourceType = typeof(ActivitiesText))]); read per request culture.
    public static string FieldFrom => Get("Field.From");

    public static string FieldTo => Get("Field.To");

    public static string FieldKind => Get("Field.Kind");

    public static string FieldTitle => Get("Field.Title");

    public static string FieldDescription => Get("Field.Description");

    public static string FieldVenue => Get("Field.Venue");

    public static string FieldPlannedStart => Get("Field.PlannedStart");

    public static string FieldPlannedEnd => Get("Field.PlannedEnd");

    public static string FieldActualStart => Get("Field.ActualStart");

    public static string FieldActualEnd => Get("Field.ActualEnd");

    public static string FieldMunicipalities => Get("Field.Municipalities");

    public static string FieldLead => Get("Field.Lead");

    public static string FieldPartners => Get("Field.Partners");

    public static string FieldTargetGroups => Get("Field.TargetGroups");

    public static string FieldMeasure => Get("Field.Measure");

    public static string FieldCampaign => Get("Field.Campaign");

    public static string FieldVisibility => Get("Field.Visibility");

    public static string FieldTotal => Get("Field.Total");

    public static string FieldWomen => Get("Field.Women");

    public static string FieldMen => Get("Field.Men");

    public static string FieldChildren => Get("Field.Children");

    public static string FieldAdults => Get("Field.Adults");

    public static string FieldReason => Get("Field.Reason");

    public static string FieldNewStart => Get("Field.NewStart");

    public static string FieldNewEnd => Get("Field.NewEnd");

    public static string ValidationRequired => Get("Validation.Required");

    public static string ValidationMaxLength => Get("Validation.MaxLength");

    public static string ValidationRange => Get("Validation.Range");
}
