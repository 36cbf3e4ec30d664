using System.Globalization;
using System.Text.RegularExpressions;
using Krat.Demo.Durres;
using Krat.Demo.History;
using Krat.Domain.Geography;
using NodaTime;

namespace Krat.Domain.Tests.History;

/// <summary>
/// The Albanian of the demo data: names spelled as the seed spells them, no template that needs a declined form it
/// cannot make, and titles that name a day falling on it. Read over the demo's whole history (every county, 2023 to
/// a fixed "today" in 2026) and over the reference scenario.
/// </summary>
public sealed partial class GeneratedTextTests
{
    private static readonly LocalDate Today = new(2026, 12, 4);

    private static readonly Lazy<GeneratedHistory> History = new(() => DurresDemoHistory.Build(DurresScenario.Build(), otherCounties: true, today: Today));

    private static readonly string[] MonthsGenitive =
        ["Janarit", "Shkurtit", "Marsit", "Prillit", "Majit", "Qershorit", "Korrikut", "Gushtit", "Shtatorit", "Tetorit", "Nëntorit", "Dhjetorit"];

    private static readonly string[] MonthsDefinite =
        ["Janari", "Shkurti", "Marsi", "Prilli", "Maji", "Qershori", "Korriku", "Gushti", "Shtatori", "Tetori", "Nëntori", "Dhjetori"];

    [Fact]
    public void NoText_DeclinesANameThatStaysNominative()
    {
        // A name in the nominative after a genitive article ("Vendi i Qendra e …", "të rinjtë e Durrës") or after
        // "në" for an institution ("në Shkolla e Mesme …") is a template that needed a declined form it could not make.
        var institutions = "Qendra|Shkolla|Bashkia|Prefektura|Drejtoria|Zyra|Njësia|Inspektorati|Prokuroria|Shoqata|Strehëza|Komiteti";
        var municipalities = string.Join('|', Albania.Municipalities.Select(m => Regex.Escape(m.Name)));
        var undeclined = new Regex($@"\b(i|e|të|së|në)\s+""?({institutions})\b|\b(i|e|të|së)\s+({municipalities})\b", RegexOptions.CultureInvariant);

        var offending = Texts().Where(t => undeclined.IsMatch(t)).Distinct().ToList();

        Assert.True(Texts().Count() > 1000);
        Assert.Empty(offending);
    }

    [Fact]
    public void NoText_SpellsResilienceOtherwiseThanTheSeed()
    {
        // The seed (the minutes of 31.10.2023) writes "Qendra e Resiliencës".
        var texts = Texts().ToList();

        Assert.Contains(texts, t => t.Contains("Resiliencës", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Rezilenc", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryEventWhoseTitleNamesADay_FallsOnIt()
    {
        var history = History.Value;
        var scenario = DurresScenario.Build();
        var events = history.Activities().Select(a => (a.Title, Day: a.PlannedStart))
            .Concat(scenario.Activities.Select(a => (a.Title, Day: a.PlannedStart)))
            .Concat(history.Meetings().Concat(scenario.Meetings).Where(m => m.Title is not null).Select(m => (Title: m.Title!, Day: m.Date)))
            .ToList();

        var named = events.Select(e => (e.Title, e.Day, Named: NamedDay(e.Title))).Where(e => e.Named is not null).ToList();

        Assert.NotEmpty(named);
        Assert.All(named, e => Assert.True(e.Named == (e.Day.Month, e.Day.Day), $"\"{e.Title}\" is dated {e.Day:dd.MM.uuuu}."));
    }

    [Fact]
    public void EveryCampaignWhoseThemeNamesADay_Covers()
    {
        var campaigns = History.Value.Campaigns.Where(c => c.Theme is not null && NamedDay(c.Theme) is not null).ToList();

        Assert.NotEmpty(campaigns);
        Assert.All(campaigns, c =>
        {
            var (month, day) = NamedDay(c.Theme!)!.Value;
            var named = new LocalDate(c.Start.Year, month, day);
            Assert.True(c.Start <= named && named <= c.End, $"\"{c.Theme}\" runs {c.Start:dd.MM.uuuu}–{c.End:dd.MM.uuuu}.");
        });
    }

    /// <summary>The day and month a text names ("18 Tetori", "12 Qershorit"), or null.</summary>
    private static (int Month, int Day)? NamedDay(string text)
    {
        var match = NamedDayPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var month = Array.IndexOf(MonthsDefinite, match.Groups[2].Value) is var i and >= 0 ? i : Array.IndexOf(MonthsGenitive, match.Groups[2].Value);
        return (month + 1, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\b(\d{1,2}) (Janari|Shkurti|Marsi|Prilli|Maji|Qershori|Korriku|Gushti|Shtatori|Tetori|Nëntori|Dhjetori|Janarit|Shkurtit|Marsit|Prillit|Majit|Qershorit|Korrikut|Gushtit|Shtatorit|Tetorit|Nëntorit|Dhjetorit)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedDayPattern();

    private static IEnumerable<string> Texts()
    {
        var history = History.Value;
        var scenario = DurresScenario.Build();
        IEnumerable<string?> texts =
        [
            .. history.Organisations.Concat(scenario.Organisations).Select(o => o.Name),
            .. history.Activities().SelectMany(a => new[] { a.Title, a.Venue, a.Description, a.StatusReason }),
            .. history.Meetings().SelectMany(m => new[] { m.Title, m.Place, m.CancellationReason }
                .Concat(m.Agenda.Select(i => i.Title))
                .Concat(m.Guests.Select(g => g.Description))
                .Concat(m.Decisions.Select(d => d.Text))
                .Concat(m.Commitments.Select(c => c.What))),
            .. scenario.Meetings.SelectMany(m => m.Agenda.Select(i => i.Title).Concat(m.Decisions.Select(d => d.Text))),
            .. history.ActionPlans.SelectMany(p => new[] { p.Title }
                .Concat(p.Objectives.Select(o => o.Title))
                .Concat(p.Measures.Select(m => m.Title))
                .Concat(p.Measures.SelectMany(m => m.Indicators.Select(i => i.Description)))),
            .. history.Campaigns.SelectMany(c => new[] { c.Name, c.Theme }),
            .. history.Partnerships.SelectMany(p => new[] { p.Name, p.Purpose }),
            .. history.ServiceProviders.Concat([scenario.ResilienceCentreProvider]).Select(p => p.Name),
            .. history.Initiatives.SelectMany(i => new[] { i.Title, i.Description, i.ProposingGroup }),
        ];
        return texts.OfType<string>();
    }
}
