using Krat.Domain.Common;
using Krat.Domain.Geography;

namespace Krat.Domain.Organisations;

/// <summary>
/// An institution or organisation that works against trafficking: a prefecture, a regional directorate, a
/// municipality, a school, an NGO, a UN agency, a donor. Organisations are shared by every committee; a
/// committee refers to them through seats, activities and partnerships. Names are Albanian first.
/// </summary>
public sealed class Organisation : AggregateRoot<OrganisationId>
{
    /// <summary>The longest name accepted, in either language.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest acronym accepted.</summary>
    public const int MaxAcronymLength = 20;

    private readonly List<ExternalIdentifier> _identifiers = [];

    private Organisation(OrganisationId id, string name, string? englishName, string? acronym, OrganisationKind kind, OrganisationLevel level, CountyCode? county)
        : base(id)
    {
        Name = name;
        EnglishName = englishName;
        Acronym = acronym;
        Kind = kind;
        Level = level;
        County = county;
    }

    private Organisation()
    {
        Name = string.Empty;
    }

    /// <summary>The Albanian name, such as "Prefektura e Qarkut Durrës".</summary>
    public string Name { get; private set; }

    /// <summary>The English name, when one is used.</summary>
    public string? EnglishName { get; private set; }

    /// <summary>The acronym, such as "UNDP" or "DRSHS".</summary>
    public string? Acronym { get; private set; }

    /// <summary>What kind of body this is.</summary>
    public OrganisationKind Kind { get; private set; }

    /// <summary>The level at which it works.</summary>
    public OrganisationLevel Level { get; private set; }

    /// <summary>The county of a regional or local organisation; <see langword="null"/> for a central one.</summary>
    public CountyCode? County { get; private set; }

    /// <summary>Identifiers in outside registers.</summary>
    public IReadOnlyList<ExternalIdentifier> Identifiers => _identifiers;

    /// <summary>Registers an organisation.</summary>
    /// <param name="name">The Albanian name; at most <see cref="MaxNameLength"/> characters.</param>
    /// <param name="kind">What kind of body it is.</param>
    /// <param name="level">The level at which it works.</param>
    /// <param name="county">The county, required for a regional or local organisation, and not allowed for a central one.</param>
    /// <param name="englishName">The English name, or <see langword="null"/>; at most <see cref="MaxNameLength"/> characters.</param>
    /// <param name="acronym">The acronym, or <see langword="null"/>; at most <see cref="MaxAcronymLength"/> characters.</param>
    /// <param name="id">The identity to use; a new one when omitted.</param>
    /// <returns>The organisation.</returns>
    public static Organisation Register(
        string name,
        OrganisationKind kind,
        OrganisationLevel level,
        CountyCode? county = null,
        string? englishName = null,
        string? acronym = null,
        OrganisationId? id = null)
    {
        var checkedName = Require.Text(name, nameof(name), MaxNameLength);
        var checkedEnglish = Require.OptionalText(englishName, nameof(englishName), MaxNameLength);
        var checkedAcronym = Require.OptionalText(acronym, nameof(acronym), MaxAcronymLength);
        Require.Defined(kind, nameof(kind));
        Require.Defined(level, nameof(level));
        CheckCounty(level, county);
        return new Organisation(id ?? OrganisationId.New(), checkedName, checkedEnglish, checkedAcronym, kind, level, county);
    }

    /// <summary>Changes the Albanian and English names and the acronym.</summary>
    /// <param name="name">The Albanian name.</param>
    /// <param name="englishName">The English name, or <see langword="null"/>.</param>
    /// <param name="acronym">The acronym, or <see langword="null"/>.</param>
    public void Rename(string name, string? englishName = null, string? acronym = null)
    {
        var checkedName = Require.Text(name, nameof(name), MaxNameLength);
        var checkedEnglish = Require.OptionalText(englishName, nameof(englishName), MaxNameLength);
        var checkedAcronym = Require.OptionalText(acronym, nameof(acronym), MaxAcronymLength);
        Name = checkedName;
        EnglishName = checkedEnglish;
        Acronym = checkedAcronym;
    }

    /// <summary>Changes the kind, level and county.</summary>
    /// <param name="kind">What kind of body it is.</param>
    /// <param name="level">The level at which it works.</param>
    /// <param name="county">The county of a regional or local organisation.</param>
    public void Classify(OrganisationKind kind, OrganisationLevel level, CountyCode? county)
    {
        Require.Defined(kind, nameof(kind));
        Require.Defined(level, nameof(level));
        CheckCounty(level, county);
        Kind = kind;
        Level = level;
        County = county;
    }

    /// <summary>Records an identifier in an outside register. An organisation has at most one identifier per scheme.</summary>
    /// <param name="identifier">The identifier.</param>
    /// <exception cref="DomainException">The organisation already has an identifier in that scheme.</exception>
    public void AddIdentifier(ExternalIdentifier identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        if (_identifiers.Find(i => i.Scheme == identifier.Scheme) is { } existing)
        {
            throw new DomainException(
                "organisation.one-identifier-per-scheme",
                new Label(
                    $"{Name} ka tashmë identifikuesin {existing} në skemën {identifier.Scheme}; hiqeni atë para se të shtoni {identifier.Value}.",
                    $"{Name} already has the identifier {existing} in the scheme {identifier.Scheme}; remove it before adding {identifier.Value}."));
        }

        _identifiers.Add(identifier);
    }

    /// <summary>Removes the identifier of a scheme, if any.</summary>
    /// <param name="scheme">The scheme, in any case.</param>
    /// <returns><see langword="true"/> when an identifier was removed.</returns>
    public bool RemoveIdentifier(string scheme) =>
        _identifiers.RemoveAll(i => string.Equals(i.Scheme, scheme?.Trim(), StringComparison.OrdinalIgnoreCase)) > 0;

    /// <summary>The name to show: the English name for English readers when there is one, else the Albanian name.</summary>
    /// <param name="culture">The reader's culture; the current UI culture when <see langword="null"/>.</param>
    /// <returns>The display name.</returns>
    public string DisplayName(System.Globalization.CultureInfo? culture = null) => ShownName(Name, EnglishName, culture);

    /// <inheritdoc />
    public override string ToString() => WithAcronym(Name, Acronym);

    // How an organisation's names are shown, for the aggregate and for its read models (OrganisationNames).
    internal static string ShownName(string name, string? englishName, System.Globalization.CultureInfo? culture) =>
        new Label(name, englishName ?? name).In(culture);

    internal static string WithAcronym(string name, string? acronym) => acronym is null ? name : $"{name} ({acronym})";

    private static void CheckCounty(OrganisationLevel level, CountyCode? county)
    {
        if (level == OrganisationLevel.Central && county is not null)
        {
            throw new DomainArgumentException(new Label("Një organizatë qendrore nuk i përket asnjë qarku.", "A central organisation does not belong to a county."), nameof(county));
        }

        if (level != OrganisationLevel.Central && county is null)
        {
            throw new DomainArgumentException(new Label("Një organizatë rajonale ose vendore ka nevojë për qarkun e saj.", "A regional or local organisation needs its county."), nameof(county));
        }
    }
}
