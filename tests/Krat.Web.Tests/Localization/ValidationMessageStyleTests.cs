using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;

namespace Krat.Web.Tests.Localization;

/// <summary>
/// The site's one style of validation message, checked over its resources and its input models: every
/// <c>Validation.*</c> text of every resource file is a sentence in both languages (ends with a full stop), uses the
/// same placeholders in both, and names its field — „{0}” in Albanian, “{0}” in English — except the few model-binding
/// messages that ASP.NET gives no field for; every data-annotation message of the site is such a key, on a property
/// whose display name is a resource too (so the field is never named by its C# name); and the messages of refused
/// changes (<c>Form.*</c> of the shared resource, <see cref="Krat.Web.Hosting.FormErrors"/>) are sentences in both languages.
/// </summary>
public sealed partial class ValidationMessageStyleTests
{
    private static readonly Assembly Site = typeof(SharedResource).Assembly;

    /// <summary>Model-binding messages without a field (a value that is not a property): they cannot name one.</summary>
    private static readonly string[] WithoutField =
        ["Validation.RequiredValue", "Validation.ValueIsInvalid", "Validation.NumberRequired", "Validation.InvalidValue"];

    public static TheoryData<string> ResourceFiles => [.. ResourceCompletenessTests.BaseNames()];

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EveryValidationMessage_IsASentenceInBothLanguages_NamingItsField(string baseName)
    {
        var resources = new ResourceManager(baseName, Site);
        var albanian = Texts(resources, CultureInfo.InvariantCulture);
        var english = Texts(resources, CultureInfo.GetCultureInfo("en"));

        var faults = new List<string>();
        foreach (var key in albanian.Keys.Union(english.Keys).Where(k => k.StartsWith("Validation.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var sq = albanian.GetValueOrDefault(key) ?? string.Empty;
            var en = english.GetValueOrDefault(key) ?? string.Empty;
            if (!sq.EndsWith('.') || !en.EndsWith('.'))
            {
                faults.Add($"{key}: not a sentence ending with a full stop (sq «{sq}», en «{en}»)");
            }

            if (!Placeholders(sq).SetEquals(Placeholders(en)))
            {
                faults.Add($"{key}: the languages have different placeholders (sq «{sq}», en «{en}»)");
            }

            if (!WithoutField.Contains(key) && (!AlbanianField().IsMatch(sq) || !EnglishField().IsMatch(en)))
            {
                faults.Add($"{key}: does not name its field as „{{n}}” / “{{n}}” (sq «{sq}», en «{en}»)");
            }
        }

        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Fact]
    public void TheStyleIsCheckedOverTheSitesMessages()
    {
        var shared = Texts(new ResourceManager("Krat.Web.Resources.SharedResource", Site), CultureInfo.InvariantCulture);
        var plan = Texts(new ResourceManager("Krat.Web.Resources.PlanText", Site), CultureInfo.InvariantCulture);

        Assert.Contains("Validation.Required", shared.Keys);
        Assert.Contains("Validation.Date", plan.Keys);
        Assert.True(ResourceCompletenessTests.BaseNames().Sum(b => Texts(new ResourceManager(b, Site), CultureInfo.InvariantCulture).Keys.Count(k => k.StartsWith("Validation.", StringComparison.Ordinal))) >= 20);
    }

    [Fact]
    public void EveryDataAnnotationMessage_IsAValidationKey_OnAPropertyWithADisplayName()
    {
        var albanian = Texts(new ResourceManager("Krat.Web.Resources.SharedResource", Site), CultureInfo.InvariantCulture);
        var english = Texts(new ResourceManager("Krat.Web.Resources.SharedResource", Site), CultureInfo.GetCultureInfo("en"));
        var checkedProperties = 0;
        var faults = new List<string>();
        foreach (var property in Site.GetTypes().SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)))
        {
            var attributes = property.GetCustomAttributes<ValidationAttribute>().Where(a => a.ErrorMessageResourceType is null && a is not DataTypeAttribute).ToList();
            if (attributes.Count == 0)
            {
                continue;
            }

            checkedProperties++;
            var where = $"{property.DeclaringType!.FullName}.{property.Name}";
            foreach (var attribute in attributes)
            {
                if (attribute.ErrorMessage is not { } key || !key.StartsWith("Validation.", StringComparison.Ordinal)
                    || !albanian.ContainsKey(key) || !english.ContainsKey(key))
                {
                    faults.Add($"{where}: [{attribute.GetType().Name}] message «{attribute.ErrorMessage}» is not a Validation.* key of the shared resource");
                }
                else if (WithoutField.Contains(key))
                {
                    faults.Add($"{where}: [{attribute.GetType().Name}] uses «{key}», which does not name the field");
                }
            }

            var display = property.GetCustomAttribute<DisplayAttribute>();
            if (display?.ResourceType is null && (display?.Name is not { } name || !albanian.ContainsKey(name) || !english.ContainsKey(name)))
            {
                faults.Add($"{where}: no [Display(Name)] resource to name the field in its messages");
            }
        }

        Assert.True(checkedProperties >= 20, $"Only {checkedProperties} validated properties were found.");
        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Fact]
    public void EveryMessageOfARefusedChange_IsASentenceInBothLanguages()
    {
        var resources = new ResourceManager("Krat.Web.Resources.SharedResource", Site);
        var albanian = Texts(resources, CultureInfo.InvariantCulture);
        var english = Texts(resources, CultureInfo.GetCultureInfo("en"));

        var keys = albanian.Keys.Where(k => k.StartsWith("Form.", StringComparison.Ordinal)).ToList();
        var faults = keys
            .Where(k => albanian[k]?.EndsWith('.') != true || english.GetValueOrDefault(k)?.EndsWith('.') != true)
            .Select(k => $"{k}: sq «{albanian[k]}», en «{english.GetValueOrDefault(k)}»")
            .ToList();

        Assert.NotEmpty(keys);
        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    private static Dictionary<string, string?> Texts(ResourceManager resources, CultureInfo culture) => ResourceCompletenessTests.Texts(resources, culture);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"„\{\d+\}”")]
    private static partial Regex AlbanianField();

    [GeneratedRegex(@"“\{\d+\}”")]
    private static partial Regex EnglishField();
}
