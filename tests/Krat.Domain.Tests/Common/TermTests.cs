using Krat.Domain.Common;
using NodaTime;

namespace Krat.Domain.Tests.Common;

public sealed class TermTests
{
    private static readonly LocalDate D1 = new(2023, 1, 1);
    private static readonly LocalDate D2 = new(2023, 6, 30);

    [Fact]
    public void Between_Rejects_EndBeforeStart()
    {
        var error = Assert.Throws<DomainArgumentException>(() => Term.Between(D2, D1));

        Assert.Contains("2023-01-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contains_IncludesBothEnds_AndOpenTermsRunOn()
    {
        var closed = Term.Between(D1, D2);
        var open = Term.From(D1);

        Assert.True(closed.Contains(D1));
        Assert.True(closed.Contains(D2));
        Assert.False(closed.Contains(D2.PlusDays(1)));
        Assert.False(closed.Contains(D1.PlusDays(-1)));
        Assert.True(open.Contains(new LocalDate(2099, 1, 1)));
        Assert.True(open.IsOpen);
        Assert.False(closed.IsOpen);
    }

    [Fact]
    public void Overlaps_WhenSharingAtLeastOneDay()
    {
        var first = Term.Between(D1, D2);

        Assert.True(first.Overlaps(Term.From(D2)));
        Assert.False(first.Overlaps(Term.From(D2.PlusDays(1))));
        Assert.True(Term.From(D1).Overlaps(Term.From(D2)));
        Assert.False(Term.Between(D2.PlusDays(1), D2.PlusDays(3)).Overlaps(first));
    }

    [Fact]
    public void EndOn_ClosesTheTerm_AndRejectsADayBeforeTheStart()
    {
        Assert.Equal(Term.Between(D1, D2), Term.From(D1).EndOn(D2));
        Assert.Throws<DomainArgumentException>(() => Term.From(D2).EndOn(D1));
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(Term.Between(D1, D2), Term.Between(D1, D2));
        Assert.NotEqual(Term.From(D1), Term.Between(D1, D2));
    }

    [Fact]
    public void Of_AClosedPeriod_IsTheClosedTermWithTheSameInclusiveEnds()
    {
        var term = Term.Of(new DateInterval(D1, D2));

        Assert.Equal(Term.Between(D1, D2), term);
        Assert.True(term.Contains(D2));
        Assert.False(term.IsOpen);
    }

    [Fact]
    public void ToInterval_ClosesAnOpenTermOnTheDay_AndKeepsAnEarlierEnd()
    {
        Assert.Equal(new DateInterval(D1, new LocalDate(2024, 3, 31)), Term.From(D1).ToInterval(new LocalDate(2024, 3, 31)));
        Assert.Equal(new DateInterval(D1, D2), Term.Between(D1, D2).ToInterval(new LocalDate(2024, 3, 31)));
        Assert.Equal(new DateInterval(D1, new LocalDate(2023, 3, 31)), Term.Between(D1, D2).ToInterval(new LocalDate(2023, 3, 31)));
        Assert.Equal(Term.Between(D1, D2), Term.Of(Term.Between(D1, D2).ToInterval(D2)));
        Assert.Throws<DomainArgumentException>(() => Term.From(D1).ToInterval(D1.PlusDays(-1)));
    }
}
