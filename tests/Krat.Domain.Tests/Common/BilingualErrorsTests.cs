using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using NodaTime;

namespace Krat.Domain.Tests.Common;

/// <summary>
/// Domain errors reach committee secretaries on an Albanian site: every rule of the domain is written in Albanian and
/// English, and <see cref="Exception.Message"/> follows the reader's UI culture.
/// </summary>
public sealed partial class BilingualErrorsTests
{
    private static readonly LocalDate Jan1 = new(2024, 1, 1);

    public static TheoryData<string> ThrowSites() => [.. Sites("DomainException").Select(s => s.Where)];

    public static TheoryData<string> ArgumentSites() => [.. Sites("DomainArgumentException").Select(s => s.Where)];

    [Fact]
    public void Scan_Finds_EveryDomainExceptionOfTheDomain()
    {
        // Guards the scan itself: if it stopped finding the throw sites, the per-site tests would pass vacuously.
        Assert.True(Sites("DomainException").Count >= 62, $"Only {Sites("DomainException").Count} sites found.");
        Assert.True(Sites("DomainArgumentException").Count >= 20, $"Only {Sites("DomainArgumentException").Count} sites found.");
    }

    [Theory]
    [MemberData(nameof(ThrowSites))]
    public void EveryDomainException_GivesAnAlbanianText_BesideTheEnglishOne(string where)
    {
        var site = Sites("DomainException").Single(s => s.Where == where);

        AssertBilingual(site);
    }

    [Theory]
    [MemberData(nameof(ArgumentSites))]
    public void EveryDomainArgumentException_GivesAnAlbanianText_BesideTheEnglishOne(string where)
    {
        var site = Sites("DomainArgumentException").Single(s => s.Where == where);

        AssertBilingual(site);
    }

    [Fact]
    public void Message_IsAlbanian_UnderAnAlbanianUiCulture_AndEnglish_UnderEnglish()
    {
        var committee = ConstitutedCommittee();

        var error = Assert.Throws<DomainException>(() => committee.Constitute(new LocalDate(2025, 1, 1)));

        Assert.Equal("committee.already-constituted", error.Rule);
        Assert.Equal("Komiteti Rajonal Antitrafik Durrës është konstituuar tashmë më 01.01.2024.", In("sq-AL", () => error.Message));
        Assert.Equal("Komiteti Rajonal Antitrafik Durrës was already constituted on 2024-01-01.", In("en", () => error.Message));
        Assert.Equal("Komiteti Rajonal Antitrafik Durrës was already constituted on 2024-01-01.", In("en-GB", () => error.Message));
        Assert.Equal(error.Text.Albanian, In("de-DE", () => error.Message));
    }

    [Fact]
    public void OneChairRule_ReadsInAlbanian_WithAlbanianDates()
    {
        var committee = Committee.Establish(CountyCode.From("AL-02"), "Komiteti Rajonal Antitrafik Durrës", "Urdhri nr. 139, datë 19.06.2006");
        var seat = committee.GrantSeat(OrganisationId.New(), CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        committee.AssignPost(seat.Id, Post.Chair, Term.Between(Jan1, new LocalDate(2024, 6, 30)));

        var error = Assert.Throws<DomainException>(() => committee.Constitute(Jan1));

        Assert.Equal("committee.one-chair", error.Rule);
        Assert.Equal(
            "Pasi është konstituuar (nga 01.01.2024), Komiteti Rajonal Antitrafik Durrës duhet të ketë çdo ditë saktësisht një kryetar, por më 01.07.2024 nuk do të kishte asnjë. Dorëzojeni detyrën e kryetarit në vend që ta lini bosh.",
            In("sq-AL", () => error.Message));
        Assert.Contains("none on 2024-07-01", In("en", () => error.Message), StringComparison.Ordinal);
    }

    [Fact]
    public void FormArguments_ReadInAlbanian_UnderAnAlbanianUiCulture_WithoutTheParameterSuffix()
    {
        var blank = Assert.Throws<DomainArgumentException>(() => Require.Text("  ", "title", 10));
        var tooLong = Assert.Throws<DomainArgumentException>(() => Require.Text("Trajnim për mësuesit", "title", 10));
        var reach = Assert.Throws<DomainArgumentException>(() => Reach.Of(50, women: 30, men: 25));
        var backwards = Assert.Throws<DomainArgumentException>(() => Term.Between(new LocalDate(2023, 10, 31), new LocalDate(2023, 10, 1)));
        var place = Assert.Throws<DomainArgumentException>(() => Albania.Municipality("Prishtinë"));

        Assert.Equal("Kjo vlerë është e detyrueshme.", In("sq-AL", () => blank.Message));
        Assert.Equal("title", blank.ParamName);
        Assert.Equal("Lejohen më së shumti 10 karaktere; u dhanë 20.", In("sq-AL", () => tooLong.Message));
        Assert.Equal("Gratë (30) dhe burrat (25) bëjnë gjithsej 55, më shumë se totali i personave të arritur (50).", In("sq-AL", () => reach.Message));
        Assert.Equal("Një periudhë nuk mund të përfundojë (01.10.2023) para se të fillojë (31.10.2023).", In("sq-AL", () => backwards.Message));
        Assert.Equal("„Prishtinë” nuk është bashki e Shqipërisë.", In("sq-AL", () => place.Message));
        Assert.Equal("A value is required.", In("en", () => blank.Message));
        Assert.Equal("A period cannot end (2023-10-01) before it starts (2023-10-31).", In("en", () => backwards.Message));
    }

    [Fact]
    public void EnglishOnlyConstructors_StillWork_WithTheSameTextInBothLanguages()
    {
        var error = new DomainException("test.rule", "Only English.");

        Assert.Equal("test.rule", error.Rule);
        Assert.Equal(new Label("Only English.", "Only English."), error.Text);
        Assert.Equal("Only English.", In("sq-AL", () => error.Message));
    }

    private static void AssertBilingual(Site site)
    {
        Assert.False(string.IsNullOrWhiteSpace(site.Albanian), $"{site.Where}: no Albanian text.");
        Assert.False(string.IsNullOrWhiteSpace(site.English), $"{site.Where}: no English text.");
        Assert.NotEqual(site.English, site.Albanian);
        Assert.Matches(AlbanianLetters(), site.Albanian);
        Assert.DoesNotContain("yyyy-MM-dd", site.Albanian, StringComparison.Ordinal);
        Assert.DoesNotMatch(EnglishWords(), site.Albanian);
    }

    private static string In(string culture, Func<string> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static Committee ConstitutedCommittee()
    {
        var committee = Committee.Establish(CountyCode.From("AL-02"), "Komiteti Rajonal Antitrafik Durrës", "Urdhri nr. 139, datë 19.06.2006");
        var chair = committee.GrantSeat(OrganisationId.New(), CommitteeBody.Committee, SeatRole.Standing, true, Term.From(Jan1));
        committee.AssignPost(chair.Id, Post.Chair, Term.From(Jan1));
        committee.Constitute(Jan1);
        return committee;
    }

    /// <summary>
    /// Every <c>new DomainException(</c> (or <c>new DomainArgumentException(</c>) in src/Krat.Domain, read from the
    /// source, with the two texts of its <c>new Label(...)</c>; a site that passes anything else (an English-only
    /// string) gets empty texts and fails.
    /// </summary>
    private static List<Site> Sites(string type)
    {
        var sites = new List<Site>();
        var marker = $"new {type}(";
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "Krat.Domain"), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file);
            if (file.EndsWith($"{type}.cs", StringComparison.Ordinal))
            {
                continue;
            }

            for (var at = source.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = source.IndexOf(marker, at + 1, StringComparison.Ordinal))
            {
                var line = source[..at].Count(c => c == '\n') + 1;
                var where = $"{Path.GetFileName(file)}:{line}";
                var rest = source[(at + marker.Length)..];
                var label = type == "DomainException" ? rest[(rest.IndexOf(',', StringComparison.Ordinal) + 1)..].TrimStart() : rest.TrimStart();
                var (albanian, english) = label.StartsWith("new Label(", StringComparison.Ordinal)
                    ? TwoLiterals(label["new Label(".Length..])
                    : label.StartsWith("NotAMunicipality(", StringComparison.Ordinal)
                        ? TwoLiterals(source[source.IndexOf("new($\"„{name}”", StringComparison.Ordinal)..]["new(".Length..])
                        : (string.Empty, string.Empty);
                sites.Add(new Site(where, albanian, english));
            }
        }

        return sites;
    }

    private static (string First, string Second) TwoLiterals(string text)
    {
        var index = 0;
        var first = Literal(text, ref index);
        index = text.IndexOf(',', index) + 1;
        var second = Literal(text, ref index);
        return (first, second);
    }

    private static string Literal(string text, ref int index)
    {
        while (char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        if (text[index] == '$')
        {
            index++;
        }

        if (text[index] != '"')
        {
            return string.Empty;
        }

        var result = new StringBuilder();
        var depth = 0;
        for (index++; index < text.Length; index++)
        {
            var c = text[index];
            if (depth == 0 && c == '\\')
            {
                result.Append(text[++index]);
                continue;
            }

            if (depth == 0 && c == '"')
            {
                index++;
                return result.ToString();
            }

            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            result.Append(c);
        }

        return string.Empty;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Krat.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Krat.sln) was not found above the test assembly.");
    }

    [GeneratedRegex("[ëçËÇ]")]
    private static partial Regex AlbanianLetters();

    [GeneratedRegex(@"\b(the|is|cannot|already|only|must|with|and|of)\b")]
    private static partial Regex EnglishWords();

    private sealed record Site(string Where, string Albanian, string English);
}
