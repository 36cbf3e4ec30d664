using System.Globalization;

namespace Krat.Domain.Organisations.Specifications;

/// <summary>
/// The names of one organisation, what lists and choices show of it (see <see cref="OrganisationNamesSpec"/>),
/// without its kind, level or identifiers.
/// </summary>
public sealed class OrganisationNames
{
    /// <summary>Creates the read model.</summary>
    /// <param name="id">The organisation.</param>
    /// <param name="name">Its official Albanian name.</param>
    /// <param name="englishName">Its English name, or <see langword="null"/>.</param>
    /// <param name="acronym">Its acronym, or <see langword="null"/>.</param>
    public OrganisationNames(OrganisationId id, string name, string? englishName, string? acronym)
        : this(id, name, englishName, acronym, null)
    {
    }

    /// <summary>Creates the read model with the organisation's county.</summary>
    /// <param name="id">The organisation.</param>
    /// <param name="name">Its official Albanian name.</param>
    /// <param name="englishName">Its English name, or <see langword="null"/>.</param>
    /// <param name="acronym">Its acronym, or <see langword="null"/>.</param>
    /// <param name="county">The county of a regional or local organisation, or <see langword="null"/>.</param>
    public OrganisationNames(OrganisationId id, string name, string? englishName, string? acronym, Krat.Domain.Geography.CountyCode? county)
    {
        County = county;
        Id = id;
        Name = name;
        EnglishName = englishName;
        Acronym = acronym;
    }

    /// <summary>The organisation.</summary>
    public OrganisationId Id { get; }

    /// <summary>The county of a regional or local organisation (<see cref="Organisation.County"/>), or <see langword="null"/> when central or not read (<see cref="OrganisationNamesSpec"/> reads it).</summary>
    public Krat.Domain.Geography.CountyCode? County { get; }

    /// <summary>Its official Albanian name (<see cref="Organisation.Name"/>).</summary>
    public string Name { get; }

    /// <summary>Its English name, or <see langword="null"/> when it has none (<see cref="Organisation.EnglishName"/>).</summary>
    public string? EnglishName { get; }

    /// <summary>Its acronym, or <see langword="null"/> (<see cref="Organisation.Acronym"/>).</summary>
    public string? Acronym { get; }

    /// <summary>The name in a culture, as <see cref="Organisation.DisplayName"/> gives it: English when asked for and known, else Albanian.</summary>
    /// <param name="culture">The culture; the current UI culture when <see langword="null"/>.</param>
    /// <returns>The name to show.</returns>
    public string DisplayName(CultureInfo? culture = null) => Organisation.ShownName(Name, EnglishName, culture);

    /// <inheritdoc />
    /// <remarks>As <see cref="Organisation.ToString"/>: the Albanian name, with the acronym in brackets when it has one.</remarks>
    public override string ToString() => Organisation.WithAcronym(Name, Acronym);
}
