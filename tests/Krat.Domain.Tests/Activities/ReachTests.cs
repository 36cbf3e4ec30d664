using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Krat.Domain.Activities;
using Krat.Domain.Common;

namespace Krat.Domain.Tests.Activities;

public sealed class ReachTests
{
    [Fact]
    public void Of_Accepts_BreakdownsThatAddUpToTheTotalOrLess()
    {
        var reach = Reach.Of(120, women: 65, men: 55, children: 100, adults: 5);
        Assert.Equal((120, 65, 55, 100, 5), (reach.Total, reach.Women!.Value, reach.Men!.Value, reach.Children!.Value, reach.Adults!.Value));
    }

    [Fact]
    public void Of_Rejects_WomenAndMenAboveTheTotal_NamingTheNumbers()
    {
        var error = Assert.Throws<DomainArgumentException>(() => Reach.Of(50, women: 30, men: 25));
        Assert.StartsWith("Women (30) and men (25) add up to 55, more than the 50 people reached.", error.Message);
    }

    [Fact]
    public void Of_Rejects_ChildrenAndAdultsAboveTheTotal_NamingTheNumbers()
    {
        var error = Assert.Throws<DomainArgumentException>(() => Reach.Of(10, children: 11));
        Assert.StartsWith("Children (11) and adults (0) add up to 11, more than the 10 people reached.", error.Message);
    }

    [Theory]
    [InlineData(-1, null, null)]
    [InlineData(5, -1, null)]
    [InlineData(5, null, -2)]
    [InlineData(Reach.MaxTotal + 1, null, null)]
    public void Of_Rejects_NegativeOrHugeNumbers(int total, int? women, int? children)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Reach.Of(total, women: women, children: children));
    }

    [Fact]
    public void Sum_AddsParts_AndKeepsAPartOnlyWhenEveryReachKnowsIt()
    {
        var sum = Reach.Sum([Reach.Of(10, 4, 6, 2, 8), Reach.Of(20, 5, 15)]);
        Assert.Equal(30, sum.Total);
        Assert.Equal(9, sum.Women);
        Assert.Equal(21, sum.Men);
        Assert.Null(sum.Children);
    }

    [Property(MaxTest = 500)]
    public Property Of_AcceptsExactlyTheReachesWhoseBreakdownsFitTheTotal()
    {
        var part = Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(-3, 120).Select(v => (int?)v)));
        var input = Gen.Choose(-3, 120).SelectMany(total => Gen.Four(part).Select(p => (total, p.Item1, p.Item2, p.Item3, p.Item4)));
        return Prop.ForAll(input.ToArbitrary(), x =>
        {
            var (total, women, men, children, adults) = x;
            var valid = total >= 0
                && new[] { women, men, children, adults }.All(v => v is null or >= 0)
                && (women ?? 0) + (men ?? 0) <= total
                && (children ?? 0) + (adults ?? 0) <= total;
            Reach? reach = null;
            try
            {
                reach = Reach.Of(total, women, men, children, adults);
            }
            catch (ArgumentException)
            {
            }

            return valid == (reach is not null)
                && (reach is null || ((reach.Women ?? 0) + (reach.Men ?? 0) <= reach.Total && (reach.Children ?? 0) + (reach.Adults ?? 0) <= reach.Total));
        });
    }
}
