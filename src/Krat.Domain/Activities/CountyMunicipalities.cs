using Krat.Domain.Common;
using Krat.Domain.Geography;

namespace Krat.Domain.Activities;

/// <summary>Checks lists of municipality names against the catalogue and a committee's county.</summary>
internal static class CountyMunicipalities
{
    /// <summary>
    /// The catalogue names (with diacritics) of the given municipalities, without duplicates, in the order given;
    /// each must belong to <paramref name="county"/> (rule <paramref name="rule"/>).
    /// </summary>
    public static List<string> InCounty(IEnumerable<string> names, CountyCode county, string parameterName, string rule, bool atLeastOne = true)
    {
        ArgumentNullException.ThrowIfNull(names, parameterName);
        var result = new List<string>();
        foreach (var name in names)
        {
            var municipality = Albania.FindMunicipality(name)
                ?? throw new DomainArgumentException(NotAMunicipality(name), parameterName);
            if (municipality.County != county)
            {
                var own = Albania.County(municipality.County);
                var committee = Albania.County(county);
                throw new DomainException(
                    rule,
                    new Label(
                        $"Bashkia {municipality.Name} ndodhet në qarkun {own.Name} ({own.Code}), jo në qarkun {committee.Name} ({committee.Code}) ku punon komiteti.",
                        $"The municipality of {municipality.Name} is in {own.Name} County ({own.Code}), not in {committee.Name} County ({committee.Code}) where the committee works."));
            }

            if (!result.Contains(municipality.Name))
            {
                result.Add(municipality.Name);
            }
        }

        if (atLeastOne && result.Count == 0)
        {
            throw new DomainArgumentException(new Label("Kërkohet të paktën një bashki.", "At least one municipality is required."), parameterName);
        }

        return result;
    }

    /// <summary>
    /// The catalogue names of the given municipalities, without duplicates, in the order given; each must be a
    /// municipality of the catalogue (not one made up with the record's constructor) and belong to
    /// <paramref name="county"/> (rule <paramref name="rule"/>).
    /// </summary>
    public static List<string> InCounty(IEnumerable<Municipality> municipalities, CountyCode county, string parameterName, string rule, bool atLeastOne = true)
    {
        ArgumentNullException.ThrowIfNull(municipalities, parameterName);
        return InCounty(municipalities.Select(m => Catalogued(m, parameterName).Name), county, parameterName, rule, atLeastOne);
    }

    /// <summary>The catalogue's municipality of that name (diacritics optional) when it lies in the same county; otherwise a <see cref="DomainArgumentException"/>.</summary>
    public static Municipality Catalogued(Municipality? municipality, string parameterName)
    {
        if (municipality is null || Albania.FindMunicipality(municipality.Name) is not { } known || known.County != municipality.County)
        {
            throw new DomainArgumentException(NotAMunicipality(municipality?.Name), parameterName);
        }

        return known;
    }

    /// <summary>The catalogue names of municipalities anywhere in Albania, without duplicates.</summary>
    public static List<string> Anywhere(IEnumerable<string> names, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(names, parameterName);
        var result = new List<string>();
        foreach (var name in names)
        {
            var municipality = Albania.FindMunicipality(name)
                ?? throw new DomainArgumentException(NotAMunicipality(name), parameterName);
            if (!result.Contains(municipality.Name))
            {
                result.Add(municipality.Name);
            }
        }

        return result;
    }

    /// <summary>
    /// The catalogue names of municipalities anywhere in Albania, without duplicates; each must be a municipality of
    /// the catalogue (not one made up with the record's constructor, nor given with another county than its own).
    /// </summary>
    public static List<string> Anywhere(IEnumerable<Municipality> municipalities, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(municipalities, parameterName);
        return Anywhere([.. municipalities.Select(m => Catalogued(m, parameterName).Name)], parameterName);
    }

    /// <summary>The explanation that a name is not in the catalogue of Albanian municipalities.</summary>
    public static Label NotAMunicipality(string? name) =>
        new($"„{name}” nuk është bashki e Shqipërisë.", $"'{name}' is not an Albanian municipality.");

    /// <summary>Defined code-list values without duplicates, in the order given.</summary>
    public static List<TCode> Codes<TCode>(IEnumerable<TCode> codes, string parameterName, bool atLeastOne)
        where TCode : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(codes, parameterName);
        var result = new List<TCode>();
        foreach (var code in codes)
        {
            Require.Defined(code, parameterName);
            if (!result.Contains(code))
            {
                result.Add(code);
            }
        }

        if (atLeastOne && result.Count == 0)
        {
            throw new DomainArgumentException(new Label("Kërkohet të paktën një vlerë.", "At least one value is required."), parameterName);
        }

        return result;
    }
}
