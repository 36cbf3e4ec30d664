using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Krat.Domain.Geography;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Krat.Web.Tests.Localization;

/// <summary>
/// Renders every page the site links to, in English, as a visitor and as each demo role (pages found by following
/// the site's own links from the home page, GET only, one page per address pattern), and looks for Albanian in what
/// the site itself writes: words with ë or ç, and common Albanian words of the interface (<see cref="AlbanianWords"/>).
/// <para>
/// Albanian that is data, not interface, is excused, and only where it is data:
/// an occurrence is excused when it lies inside a text the domain database holds (a title, a venue, notes, a
/// person's name or position, an organisation's name when it has no English name: <see cref="DataTexts"/>) or
/// inside a county or municipality name of <see cref="Albania"/> (place names are not translated), or inside an
/// element marked <c>lang="sq"</c> (the language switch's "Shqip"). Not excused: the Albanian name of an
/// organisation that has an English name, a committee's name, and the accounts' labels — those must be English.
/// </para>
/// </summary>
public sealed partial class EnglishPagesTests(KratWebFactory site, ITestOutputHelper output) : IClassFixture<KratWebFactory>
{
    private const int MaxPagesPerRole = 90;

    /// <summary>Common words of the Albanian interface that are not English words.</summary>
    private static readonly HashSet<string> AlbanianWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dhe", "për", "nga", "ose", "një", "të", "në", "së", "deri", "prej", "nuk", "janë", "është", "mund", "duhet",
        "ruaj", "anulo", "kërko", "shto", "ndrysho", "fshi", "hyr", "dil", "kthehu", "shiko", "regjistro", "dërgo",
        "viti", "muaji", "datë", "takim", "takimi", "takimet", "aktivitet", "aktiviteti", "aktivitetet",
        "komiteti", "tryeza", "teknike", "organizata", "organizatat", "raport", "raporti", "raportet", "plani",
        "masa", "masat", "objektivi", "shtylla", "statistikat", "vendim", "vendimi", "angazhim", "angazhimet",
        "anëtar", "anëtarët", "sekretariati", "kryetar", "kryetari", "gjithsej", "burra", "gra", "fëmijë", "rritur",
        "planifikuar", "kryer", "anuluar", "shtyrë", "publike", "brendshme", "asnjë", "titullar", "zëvendës",
        "janar", "shkurt", "prill", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor",
        "faqja", "kreu", "hyrje", "dalje", "gjuha", "emri", "emër", "pozicioni", "vendi", "periudha", "numër", "shembull",
    };

    /// <summary>Addresses the crawl never follows: signing out, language switching, downloads, exports and feeds.</summary>
    private static readonly string[] Skipped = ["/Account/Logout", "/Culture", "/Meetings/Calendar", "/Status", "/Error", "handler=", "/Attachments/Download", "format="];

    public static TheoryData<string> Roles => new() { "anonymous", DemoAccounts.Member.UserName, DemoAccounts.Secretary.UserName, DemoAccounts.Administrator.UserName };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPageFound_InEnglish_WritesNoAlbanianInterfaceText(string role)
    {
        using var client = role == "anonymous"
            ? site.CreateSiteClient()
            : await site.CreateClientLoggedInAsAsync(DemoAccounts.All.Single(a => a.UserName == role));
        (await client.SwitchCultureAsync("en")).Dispose();
        var data = DataTexts(site.DatabasePath);

        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { Pattern("/") };
        var findings = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPagesPerRole)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            visited++;
            var document = await response.ReadDocumentAsync();
            Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
            findings.AddRange(AlbanianIn(document, data).Select(f => $"{path}: {f}"));
            foreach (var link in document.QuerySelectorAll("a[href]").Where(a => !a.HasAttribute("download")).Select(a => a.GetAttribute("href")!))
            {
                if (Follow(link) is { } next && seen.Add(Pattern(next)))
                {
                    queue.Enqueue(next);
                }
            }
        }

        output.WriteLine($"{role}: {visited} pages read in English, {queue.Count} more patterns left unvisited.");
        findings.ForEach(output.WriteLine);
        Assert.True(visited >= 5, $"Only {visited} pages were found.");
        Assert.Empty(findings);
    }

    [Fact]
    public void AlbanianIn_FindsInterfaceWords_AndExcusesOnlyData()
    {
        var data = new DataIndex(["Qendra e Resiliencës Durrës", "Vlorë"]);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            """<html lang="en"><body><p>Organiser: Qendra e Resiliencës Durrës</p><p>Shiko takimin</p><p title="Kthehu">Back</p><button lang="sq">Shqip</button><p>Vlorë</p></body></html>""");

        var found = AlbanianIn(page, data);

        Assert.Equal(["Shiko", "Kthehu"], found.Select(f => f.Split('\'')[1]));
    }

    /// <summary>The Albanian words of the page's own text and labels that no data value or place name covers.</summary>
    private static List<string> AlbanianIn(IDocument document, DataIndex data)
    {
        foreach (var excluded in document.QuerySelectorAll("script, style, [lang]:not(html):not([lang^='en'])").ToList())
        {
            excluded.Remove();
        }

        // Text nodes joined with a space: block elements (cells, paragraphs) do not run into each other.
        var texts = new List<string> { Collapse(string.Join(' ', document.Body?.Descendants<IText>().Select(t => t.Data) ?? [])) };
        texts.AddRange(document.QuerySelectorAll("[title], [aria-label], [placeholder], [alt]")
            .SelectMany(e => new[] { "title", "aria-label", "placeholder", "alt" }.Select(e.GetAttribute))
            .OfType<string>()
            .Select(Collapse));
        texts.Add(Collapse(document.Title ?? ""));

        var found = new List<string>();
        foreach (var text in texts)
        {
            foreach (Match word in Word().Matches(text))
            {
                var albanian = word.Value.AsSpan().IndexOfAny("ëçËÇ") >= 0 || AlbanianWords.Contains(word.Value);
                if (albanian && !data.Covers(text, word.Index, word.Length))
                {
                    var start = Math.Max(0, word.Index - 30);
                    var context = text[start..Math.Min(text.Length, word.Index + word.Length + 30)];
                    found.Add($"'{word.Value}' in «{context}»");
                }
            }
        }

        return [.. found.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every text the domain tables hold (each line of it too), except committees' names and the Albanian names of
    /// organisations that also have an English name; plus the counties' and municipalities' names.
    /// The accounts' tables are not read: their labels are the site's to translate.
    /// </summary>
    private static DataIndex DataTexts(string databasePath)
    {
        var values = new List<string>();
        values.AddRange(Albania.Counties.Select(c => c.Name));
        values.AddRange(Albania.Municipalities.Select(m => m.Name));
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var columns = new List<(string Table, string Column)>();
        using (var tables = connection.CreateCommand())
        {
            tables.CommandText = """
                SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND m.name NOT LIKE 'AspNet%' AND m.name NOT LIKE '\_\_EF%' ESCAPE '\' AND m.name NOT LIKE 'sqlite_%'
                  AND p.type = 'TEXT' AND p.name NOT IN ('SearchText', 'SortKey')
                """;
            using var reader = tables.ExecuteReader();
            while (reader.Read())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in columns)
        {
            using var select = connection.CreateCommand();
            select.CommandText = (table, column) switch
            {
                ("Committees", "Name") => "SELECT NULL",
                ("Organisations", "Name") => "SELECT DISTINCT \"Name\" FROM \"Organisations\" WHERE \"EnglishName\" IS NULL",
                _ => $"SELECT DISTINCT \"{column}\" FROM \"{table}\"",
            };
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                if (!reader.IsDBNull(0))
                {
                    var value = reader.GetString(0);
                    values.Add(value);
                    values.AddRange(value.Split('\n'));
                    values.AddRange(JsonStrings(value));
                }
            }
        }

        return new DataIndex(values);
    }

    /// <summary>The strings inside a column that holds JSON (owned collections such as indicator targets), else none.</summary>
    private static List<string> JsonStrings(string value)
    {
        if (value is not ['[' or '{', ..])
        {
            return [];
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(value);
            var strings = new List<string>();
            Collect(json.RootElement);
            return strings;

            void Collect(System.Text.Json.JsonElement element)
            {
                switch (element.ValueKind)
                {
                    case System.Text.Json.JsonValueKind.String:
                        strings.Add(element.GetString()!);
                        break;
                    case System.Text.Json.JsonValueKind.Array:
                        foreach (var item in element.EnumerateArray())
                        {
                            Collect(item);
                        }

                        break;
                    case System.Text.Json.JsonValueKind.Object:
                        foreach (var property in element.EnumerateObject())
                        {
                            Collect(property.Value);
                        }

                        break;
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    /// <summary>Data texts by the words they contain, to tell whether a word on a page is part of one.</summary>
    private sealed class DataIndex
    {
        private readonly Dictionary<string, List<string>> _byWord = new(StringComparer.OrdinalIgnoreCase);

        public DataIndex(IEnumerable<string> values)
        {
            foreach (var value in values.Select(Collapse).Where(v => v.Length >= 2).Distinct(StringComparer.Ordinal))
            {
                foreach (var word in Word().Matches(value).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (!_byWord.TryGetValue(word, out var list))
                    {
                        _byWord[word] = list = [];
                    }

                    list.Add(value);
                }
            }
        }

        /// <summary>Whether some data text occurs in <paramref name="text"/> around the word at <paramref name="index"/>.</summary>
        public bool Covers(string text, int index, int length) =>
            _byWord.TryGetValue(text.Substring(index, length), out var values)
            && values.Any(value =>
            {
                var from = Math.Max(0, index + length - value.Length);
                var at = text.IndexOf(value, from, StringComparison.Ordinal);
                return at >= 0 && at <= index;
            });
    }

    /// <summary>A same-site address worth reading (path and query), or null.</summary>
    private static string? Follow(string href)
    {
        if (!Uri.TryCreate(KratWebFactory.SiteAddress, href, out var uri) || uri.Authority != KratWebFactory.SiteAddress.Authority)
        {
            return null;
        }

        var local = uri.PathAndQuery;
        return Skipped.Any(s => local.Contains(s, StringComparison.OrdinalIgnoreCase)) ? null : local;
    }

    private static string Pattern(string pathAndQuery) => CrawlPattern.Of(pathAndQuery);

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex("\\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
