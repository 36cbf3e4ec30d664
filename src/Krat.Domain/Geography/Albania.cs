using System.Collections.Frozen;
using System.Text.Json;
using Krat.Domain.Common;
using NodaTime;

namespace Krat.Domain.Geography;

/// <summary>
/// The catalogue of Albania's 12 counties and 61 municipalities (Law 115/2014; Ura Vajgurore renamed Dimal
/// in 2021), shipped inside the library. Names keep their diacritics; look-ups by name ignore them and case,
/// so "Korce" finds Korçë.
/// </summary>
public static class Albania
{
    private static readonly IReadOnlyList<County> AllCounties = Load();
    private static readonly FrozenDictionary<CountyCode, County> ByCode = AllCounties.ToFrozenDictionary(c => c.Code);
    private static readonly FrozenDictionary<string, County> CountiesByFoldedName =
        AllCounties.ToFrozenDictionary(c => AlbanianText.Fold(c.Name));
    private static readonly FrozenDictionary<string, Municipality> MunicipalitiesByFoldedName =
        AllCounties.SelectMany(c => c.Municipalities).ToFrozenDictionary(m => AlbanianText.Fold(m.Name));

    /// <summary>
    /// The zone of Albania, Europe/Tirane (CET/CEST): meeting times and "today" are read in it, whatever the zone of
    /// the server.
    /// </summary>
    public static DateTimeZone TimeZone { get; } = DateTimeZoneProviders.Tzdb["Europe/Tirane"];

    /// <summary>Today's date in Albania (Europe/Tirane) by a clock; the host passes its <see cref="IClock"/>, tests a fake one.</summary>
    /// <param name="clock">The clock that says what "now" is.</param>
    /// <returns>The local date in Europe/Tirane at the clock's current instant.</returns>
    public static LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(TimeZone).Date;
    }

    /// <summary>The 12 counties in code order (AL-01 Berat … AL-12 Vlorë).</summary>
    public static IReadOnlyList<County> Counties => AllCounties;

    /// <summary>The 61 municipalities, by county code and then name.</summary>
    public static IReadOnlyList<Municipality> Municipalities { get; } = [.. AllCounties.SelectMany(c => c.Municipalities)];

    /// <summary>The county with a code.</summary>
    /// <param name="code">A valid county code.</param>
    /// <returns>The county.</returns>
    public static County County(CountyCode code) =>
        ByCode.TryGetValue(code, out var county)
            ? county
            : throw new ArgumentException($"'{code}' is not an Albanian county code (AL-01 … AL-12).", nameof(code));

    /// <summary>Finds a county by its code ("AL-06") or its name with or without diacritics ("Korçë", "korce").</summary>
    /// <param name="codeOrName">The code or name.</param>
    /// <returns>The county, or <see langword="null"/> when none matches.</returns>
    public static County? FindCounty(string? codeOrName)
    {
        if (CountyCode.TryFrom(codeOrName, out var code))
        {
            return ByCode[code];
        }

        return CountiesByFoldedName.GetValueOrDefault(AlbanianText.Fold(codeOrName));
    }

    /// <summary>Finds a municipality by its name, with or without diacritics and in any case ("Kucove" finds Kuçovë).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The municipality, or <see langword="null"/> when none matches.</returns>
    public static Municipality? FindMunicipality(string? name) =>
        MunicipalitiesByFoldedName.GetValueOrDefault(AlbanianText.Fold(name));

    /// <summary>The municipality with a name, with or without diacritics.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="ArgumentException">No Albanian municipality has that name.</exception>
    public static Municipality Municipality(string name) =>
        FindMunicipality(name) ?? throw new DomainArgumentException(new Label($"„{name}” nuk është bashki e Shqipërisë.", $"'{name}' is not an Albanian municipality."), nameof(name));

    private static List<County> Load()
    {
        using var stream = typeof(Albania).Assembly.GetManifestResourceStream("Krat.Domain.Geography.albania-counties.json")
            ?? throw new InvalidOperationException("The embedded county catalogue is missing from Krat.Domain.");
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.GetProperty("counties").EnumerateArray()
            .Select(c => new County(
                CountyCode.From(c.GetProperty("code").GetString()!),
                c.GetProperty("name").GetString()!,
                c.GetProperty("municipalities").EnumerateArray().Select(m => m.GetString()!).Order(StringComparer.Ordinal)))
            .OrderBy(c => c.Code.Value, StringComparer.Ordinal)];
    }
}
