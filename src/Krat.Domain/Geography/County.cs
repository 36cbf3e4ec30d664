namespace Krat.Domain.Geography;

/// <summary>One of Albania's 12 counties (qarqe), with its municipalities (bashki). Instances come from <see cref="Albania"/>.</summary>
public sealed class County
{
    internal County(CountyCode code, string name, IEnumerable<string> municipalityNames)
    {
        Code = code;
        Name = name;
        Municipalities = [.. municipalityNames.Select(m => new Municipality(m, code))];
    }

    /// <summary>The ISO 3166-2 code, such as <c>AL-02</c>.</summary>
    public CountyCode Code { get; }

    /// <summary>The Albanian name, such as "Durrës".</summary>
    public string Name { get; }

    /// <summary>The municipalities of the county, in alphabetical order.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Code})";
}

/// <summary>
/// One of Albania's 61 municipalities (bashki), named by its Albanian name, which is unique in the country.
/// Equality is by name and county.
/// </summary>
/// <param name="Name">The Albanian name, such as "Krujë".</param>
/// <param name="County">The county the municipality belongs to.</param>
public sealed record Municipality(string Name, CountyCode County)
{
    /// <summary>The Albanian name, such as "Krujë".</summary>
    public string Name { get; } = Name;

    /// <summary>The county the municipality belongs to.</summary>
    public CountyCode County { get; } = County;

    /// <summary>The longest municipality name the catalogue could ever hold, for storage and forms.</summary>
    public const int MaxNameLength = 60;

    /// <inheritdoc />
    public override string ToString() => Name;
}
