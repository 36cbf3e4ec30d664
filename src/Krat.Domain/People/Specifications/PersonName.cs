namespace Krat.Domain.People.Specifications;

/// <summary>
/// The name of one person as pages show it (see <see cref="PersonNamesSpec"/>), without contacts or
/// representations.
/// </summary>
public sealed class PersonName
{
    /// <summary>Creates the read model.</summary>
    /// <param name="id">The person.</param>
    /// <param name="fullName">The name as it is written.</param>
    /// <param name="honorific">The honorific, or <see langword="null"/>.</param>
    /// <param name="positionTitle">The current position title, or <see langword="null"/>.</param>
    public PersonName(PersonId id, string fullName, string? honorific, string? positionTitle)
        : this(id, fullName, honorific, positionTitle, null)
    {
    }

    /// <summary>Creates the read model with the English position title.</summary>
    /// <param name="id">The person.</param>
    /// <param name="fullName">The name as it is written.</param>
    /// <param name="honorific">The honorific, or <see langword="null"/>.</param>
    /// <param name="positionTitle">The current position title, or <see langword="null"/>.</param>
    /// <param name="englishPositionTitle">The English position title, or <see langword="null"/>.</param>
    public PersonName(PersonId id, string fullName, string? honorific, string? positionTitle, string? englishPositionTitle)
    {
        Id = id;
        FullName = fullName;
        Honorific = honorific;
        PositionTitle = positionTitle;
        EnglishPositionTitle = englishPositionTitle;
    }

    /// <summary>The person.</summary>
    public PersonId Id { get; }

    /// <summary>The name as it is written (<see cref="Person.FullName"/>).</summary>
    public string FullName { get; }

    /// <summary>The honorific, such as "Z." (Mr) or "Znj." (Ms), or <see langword="null"/>.</summary>
    public string? Honorific { get; }

    /// <summary>The current position title, or <see langword="null"/>.</summary>
    public string? PositionTitle { get; }

    /// <summary>The English position title, or <see langword="null"/> (<see cref="Person.EnglishPositionTitle"/>).</summary>
    public string? EnglishPositionTitle { get; }

    /// <summary>The position title to show in a culture (as <see cref="Person.DisplayPositionTitle"/>).</summary>
    /// <param name="culture">The reader's culture; the current UI culture when <see langword="null"/>.</param>
    /// <returns>The position title, or <see langword="null"/>.</returns>
    public string? DisplayPositionTitle(System.Globalization.CultureInfo? culture = null) => Person.ShownPosition(PositionTitle, EnglishPositionTitle, culture);

    /// <inheritdoc />
    /// <remarks>As <see cref="Person.ToString"/>: the full name, after the honorific when there is one.</remarks>
    public override string ToString() => Person.Titled(Honorific, FullName);
}
