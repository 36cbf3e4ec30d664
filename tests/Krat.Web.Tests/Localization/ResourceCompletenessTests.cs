using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using Krat.Domain.Common;

namespace Krat.Web.Tests.Localization;

/// <summary>
/// Every text of the site exists in both languages: each key of each Resources/*.resx has a non-empty Albanian
/// value (the neutral .resx) and a non-empty English value (the .en.resx), and each code of each labelled code list
/// (an enum with <see cref="LabelAttribute"/>) has both labels.
/// </summary>
public sealed class ResourceCompletenessTests
{
    private static readonly Assembly Site = typeof(SharedResource).Assembly;

    public static TheoryData<string> ResourceFiles => [.. BaseNames()];

    /// <summary>The enums of the domain and the site whose codes carry labels.</summary>
    public static TheoryData<Type> LabelledCodeLists => [.. CodeLists()];

    [Fact]
    public void TheSiteHasItsResourceFiles_AndCodeLists()
    {
        Assert.Contains("Krat.Web.Resources.SharedResource", BaseNames());
        Assert.True(BaseNames().Count() >= 6, "The site's resource files were not found.");
        Assert.True(CodeLists().Count() >= 10, "The labelled code lists were not found.");
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void EveryKey_HasAnAlbanianAndAnEnglishText(string baseName)
    {
        var resources = new ResourceManager(baseName, Site);
        var albanian = Texts(resources, CultureInfo.InvariantCulture);
        var english = Texts(resources, CultureInfo.GetCultureInfo("en"));

        var missing = albanian.Keys.Union(english.Keys)
            .Where(key => string.IsNullOrWhiteSpace(albanian.GetValueOrDefault(key)) || string.IsNullOrWhiteSpace(english.GetValueOrDefault(key)))
            .Select(key => $"{key}: sq «{albanian.GetValueOrDefault(key)}», en «{english.GetValueOrDefault(key)}»")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(albanian);
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(LabelledCodeLists))]
    public void EveryCode_HasAnAlbanianAndAnEnglishLabel(Type codeList)
    {
        var missing = codeList.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.GetCustomAttribute<LabelAttribute>() is not { } label || string.IsNullOrWhiteSpace(label.Albanian) || string.IsNullOrWhiteSpace(label.English))
            .Select(f => f.Name)
            .ToList();

        Assert.Empty(missing);
    }

    /// <summary>The base names of the site's resource files, such as "Krat.Web.Resources.SharedResource".</summary>
    internal static IEnumerable<string> BaseNames() =>
        Site.GetManifestResourceNames()
            .Where(n => n.StartsWith("Krat.Web.Resources.", StringComparison.Ordinal) && n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => n[..^".resources".Length])
            .Order(StringComparer.Ordinal);

    /// <summary>The enums of the domain and the site whose codes carry labels.</summary>
    private static IEnumerable<Type> CodeLists() =>
        new[] { typeof(Label).Assembly, Site }.SelectMany(a => a.GetTypes())
            .Where(t => t.IsEnum && t.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => f.IsDefined(typeof(LabelAttribute))))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>The texts of one language only (no fall-back to the neutral language).</summary>
    internal static Dictionary<string, string?> Texts(ResourceManager resources, CultureInfo culture)
    {
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No {culture.Name} resources for {resources.BaseName}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string, StringComparer.Ordinal);
    }
}
