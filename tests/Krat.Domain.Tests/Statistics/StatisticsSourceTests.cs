using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Krat.Domain.Common;
using Krat.Domain.Statistics;

namespace Krat.Domain.Tests.Statistics;

// A source says where figures come from; text that reads like data about a person is refused, in both languages.
public sealed class StatisticsSourceTests
{
    [Theory]
    [InlineData("Vajza 16 vjeçe nga Shijaku", "an age")]
    [InlineData("djalë 9-vjeçar, Krujë", "an age")]
    [InlineData("një 15 vjec", "an age")]
    [InlineData("mosha 17, rasti i Durrësit", "an age")]
    [InlineData("Girl aged 16 referred by police", "an age")]
    [InlineData("a 16-year-old from Kavajë", "an age")]
    [InlineData("boy, 12 years old", "an age")]
    [InlineData("lindur më 1 mars", "a date of birth")]
    [InlineData("DOB unknown", "a date of birth")]
    [InlineData("Raport 12.03.2007", "a full date")]
    [InlineData("Policia, 2007-03-12", "a full date")]
    [InlineData("12 mars 2007, Durrës", "a full date")]
    [InlineData("referred on March 12, 2007", "a full date")]
    [InlineData("12/3/07", "a full date")]
    [InlineData("A.B. nga Durrësi", "initials with a place")]
    [InlineData("E.K., Shijak", "initials with a place")]
    [InlineData("rasti i E. K. nga Kruja", "initials with a place")]
    [InlineData("case of M.H. from Tirana", "initials with a place")]
    [InlineData("Nr. personal J45812345K", "an identification number")]
    [InlineData("pasaporta BA1234567", "an identification number")]
    [InlineData("tel. 0691234567", "an identification number")]
    public void Check_Refuses_TextAboutAPerson_SayingWhatItFound(string text, string what)
    {
        var error = Assert.Throws<DomainException>(() => StatisticsSource.Check(text, "source"));
        Assert.Equal(StatisticsSource.PersonalDataRule, error.Rule);
        Assert.Contains(what, error.Text.English, StringComparison.Ordinal);
        Assert.Contains("të dhëna për një person", error.Text.Albanian, StringComparison.Ordinal);
        Assert.Contains("counts only", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Raport tremujor i Autoritetit Përgjegjës, T3 2023")]
    [InlineData("Raport vjetor i Autoritetit Përgjegjës, 2023")]
    [InlineData("Drejtoria Vendore e Policisë Durrës, tetor 2023")]
    [InlineData("Responsible Authority, quarterly report, Q3 2023")]
    [InlineData("Shërbimi Social Shtetëror, raporti nr. 412/3, janar–qershor 2024")]
    [InlineData("Strategjia 5-vjeçare kundër trafikimit, aneksi 2")]
    [InlineData("Mekanizmi Kombëtar i Referimit (MKR), 2022–2023")]
    [InlineData("U.N.O.D.C. Global Report 2024")]
    [InlineData("Zyra e Koordinatorit Kombëtar, shkresa 12345678")]
    [InlineData("ILO, 50 for Freedom campaign data")]
    [InlineData("Shifra demonstruese, të shpikura — jo të dhëna reale")]
    public void Check_Accepts_ASource(string text)
    {
        Assert.Equal(text, StatisticsSource.Check($"  {text} ", "source"));
        Assert.False(StatisticsSource.LooksPersonal(text));
    }

    [Fact]
    public void Check_LeavesABlankSourceEmpty_AndLimitsTheLength()
    {
        Assert.Null(StatisticsSource.Check("   ", "source"));
        Assert.Throws<DomainArgumentException>(() => StatisticsSource.Check(new string('a', VictimStatistics.MaxSourceLength + 1), "source"));
    }

    private static readonly string[] Institutions =
    [
        "Autoriteti Përgjegjës", "Drejtoria Vendore e Policisë", "Shërbimi Social Shtetëror", "Zyra e Koordinatorit Kombëtar",
        "Responsible Authority", "State Social Service", "Njësia për Mbrojtjen e Fëmijëve", "Qendra Rezilienca",
    ];

    private static readonly string[] Kinds = ["Raport tremujor", "Raport vjetor", "Raport gjashtëmujor", "Quarterly report", "Annual report", "Pasqyra statistikore"];

    private static readonly string[] Periods = ["T1", "T2", "T3", "T4", "Q1", "Q4", "janar–qershor", "tetor", "H1", "gjashtëmujori i parë"];

    private static readonly string[] Personal =
    [
        "{0} vjeçe", "{0}-vjeçar", "aged {0}", "{0}-year-old", "mosha {0}", "lindur më {0}.04.2008", "{0}.04.2008",
        "2008-04-{0}", "A.B. nga Durrësi", "E.K., Shijak", "J458{0}345K", "069123{0}567",
    ];

    public static class Sources
    {
        public static Arbitrary<(string Source, string Personal)> Pairs() =>
            (from kind in Gen.Elements(Kinds)
             from institution in Gen.Elements(Institutions)
             from period in Gen.Elements(Periods)
             from year in Gen.Choose(2000, 2030)
             from number in Gen.Choose(0, 9999)
             from personal in Gen.Elements(Personal)
             from age in Gen.Choose(10, 17)
             select ($"{kind} i {institution}, {period} {year}, nr. {number}", string.Format(System.Globalization.CultureInfo.InvariantCulture, personal, age)))
            .ToArbitrary();
    }

    // Sources built from institutions, report kinds, periods, years and report numbers pass; the same text with a piece
    // of personal data put anywhere in it is refused.
    [Property(Arbitrary = [typeof(Sources)], MaxTest = 500)]
    public void GeneratedSourcesPass_AndAnyPersonalPieceInThemIsRefused((string Source, string Personal) pair, PositiveInt at)
    {
        Assert.False(StatisticsSource.LooksPersonal(pair.Source), pair.Source);
        var words = pair.Source.Split(' ').ToList();
        words.Insert(at.Get % (words.Count + 1), pair.Personal);
        var tainted = string.Join(' ', words);
        Assert.True(StatisticsSource.LooksPersonal(tainted), tainted);
    }
}
