using Krat.Disclosure.Auditing;
using Krat.Domain.Statistics;
using Krat.Domain.Statistics.Disclosure;

namespace Krat.Domain.Tests.Statistics.Disclosure;

public sealed class DisclosureDecisionTests
{
    private static int[] Finest(params (Sex Sex, AgeGroup Age, VictimStatus Status, ExploitationForm Form, int Count)[] cells)
    {
        var finest = new int[FinestCell.Count];
        foreach (var (sex, age, status, form, count) in cells)
        {
            finest[new FinestCell(sex, age, status, form).Index] += count;
        }

        return finest;
    }

    private static string Texts(IEnumerable<PublishedFigure> figures) => string.Join(" ", figures.Select(f => f.Display.Length == 0 ? "_" : f.Display));

    [Fact]
    public void ASmallTotal_IsHidden_AndNothingIsBrokenDown()
    {
        var decision = DisclosureDecision.Decide(Finest((Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Sexual, 2), (Sex.Male, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Labour, 1)));

        Assert.Equal("x", decision.Total.Display);
        Assert.Equal(HidingReason.SmallCount, decision.TotalReason);
        Assert.All(FinestCell.Dimensions, d => Assert.False(decision.IsBrokenDown(d)));
        Assert.All(FinestCell.Dimensions, d => Assert.All(decision.Margin(d), f => Assert.Equal(SuppressionState.Withheld, f.State)));
        Assert.True(decision.View(StatisticsDimension.Sex, StatisticsDimension.AgeGroup).IsWithheld);
    }

    [Fact]
    public void ASmallMarginFigure_IsHiddenWithAPartner_UntilItCanBeAnythingFrom1ToThresholdMinus1()
    {
        // Forms: sexual 1, labour 1, begging 20: the two small ones add up to 2, so either would be pinned to 1;
        // begging is hidden too (then each small one can be 1 to 4, the three adding up to 22).
        var decision = DisclosureDecision.Decide(Finest(
            (Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 1),
            (Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Labour, 1),
            (Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Begging, 20)));

        Assert.Equal("22", decision.Total.Display);
        Assert.Equal("x x x 0 0", Texts(decision.Margin(StatisticsDimension.ExploitationForm)));
        Assert.Equal([HidingReason.SmallCount, HidingReason.SmallCount, HidingReason.Protection, HidingReason.Shown, HidingReason.Shown], decision.Reasons(StatisticsDimension.ExploitationForm));
        Assert.Equal("22 0", Texts(decision.Margin(StatisticsDimension.Sex)));
    }

    [Fact]
    public void AMarginThatCannotBeProtected_IsNotBrokenDown()
    {
        // Five forms of 1, 1, 1, 1, 1 and a total of 5: each hidden form could only be 1.
        var decision = DisclosureDecision.Decide(Finest([.. Enum.GetValues<ExploitationForm>().Select(f => (Sex.Female, AgeGroup.Adult, VictimStatus.Potential, f, 1))]));

        Assert.Equal("5", decision.Total.Display);
        Assert.False(decision.IsBrokenDown(StatisticsDimension.ExploitationForm));
        Assert.Equal("_ _ _ _ _", Texts(decision.Margin(StatisticsDimension.ExploitationForm)));
        Assert.Equal("5 0", Texts(decision.Margin(StatisticsDimension.Sex)));
    }

    [Fact]
    public void AView_IsPublishedWhole_OnlyOverFullyShownMargins_WithoutASmallCell()
    {
        var decision = DisclosureDecision.Decide(Finest(
            (Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 9),
            (Sex.Female, AgeGroup.Child, VictimStatus.Official, ExploitationForm.Sexual, 6),
            (Sex.Male, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Labour, 8),
            (Sex.Male, AgeGroup.Adult, VictimStatus.Official, ExploitationForm.Labour, 2)));

        var sexAge = decision.View(StatisticsDimension.Sex, StatisticsDimension.AgeGroup);
        var sexStatus = decision.View(StatisticsDimension.Sex, StatisticsDimension.Status);

        Assert.False(sexAge.IsWithheld);
        Assert.Equal("6 9 0 10", Texts(sexAge.Cells.SelectMany(r => r)));
        Assert.Equal("15 10 25", Texts([.. sexAge.RowTotals, sexAge.GrandTotal]));
        Assert.True(sexStatus.IsWithheld, "male official 2 is small");
        Assert.Equal("_ _ _ _", Texts(sexStatus.Cells.SelectMany(r => r)));
        Assert.Equal("15 10", Texts(sexStatus.RowTotals));
        Assert.Equal(sexAge.RowTotals, sexStatus.RowTotals);
    }

    [Fact]
    public void PublicFigures_NeverTellASmallCountFromAProtectingOne()
    {
        var decision = DisclosureDecision.Decide(Finest(
            (Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 3),
            (Sex.Male, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 30)));

        var sexes = decision.Margin(StatisticsDimension.Sex);

        Assert.Equal([HidingReason.SmallCount, HidingReason.Protection], decision.Reasons(StatisticsDimension.Sex));
        Assert.Equal(sexes[0], sexes[1]);
        Assert.Equal(PublishedFigure.Hidden, sexes[0]);
    }

    [Fact]
    public void Decide_Rejects_ABadTable()
    {
        Assert.Throws<ArgumentException>(() => DisclosureDecision.Decide(new int[39]));
        Assert.Throws<ArgumentException>(() => DisclosureDecision.Decide([.. new int[39], -1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureDecision.Decide(new int[40], threshold: 0));
        Assert.Throws<ArgumentException>(() => DisclosureDecision.Decide(new int[40]).View(StatisticsDimension.Sex, StatisticsDimension.Sex));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(10)]
    public void TheIssuesSymbolCase_1_5_5_1_LeakedThroughTheOldSymbols_AndIsSafeNow(int threshold)
    {
        // Sex × age [[1, 5], [5, 1]] (scaled to the threshold): the old per-view output printed the small cells as
        // "<t" and their partners as "x" (so 0 or at least t); with the row and column totals that pinned them.
        var (small, large) = (1, threshold);
        var finest = Finest(
            (Sex.Female, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Sexual, small),
            (Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, large),
            (Sex.Male, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Sexual, large),
            (Sex.Male, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, small));
        var total = (2 * small) + (2 * large);
        var old = new DisclosureAuditor(threshold, legacySymbols: true);
        old.AddRecord("r", finest);
        var lt = "<" + threshold;
        old.Publish("r", Slice.Of(StatisticsDimension.Sex, 1, StatisticsDimension.AgeGroup, 1), lt);
        old.Publish("r", Slice.Of(StatisticsDimension.Sex, 1, StatisticsDimension.AgeGroup, 2), "x");
        old.Publish("r", Slice.Of(StatisticsDimension.Sex, 2, StatisticsDimension.AgeGroup, 1), "x");
        old.Publish("r", Slice.Of(StatisticsDimension.Sex, 2, StatisticsDimension.AgeGroup, 2), lt);
        foreach (var (dimension, code) in new[] { (StatisticsDimension.Sex, 1), (StatisticsDimension.Sex, 2), (StatisticsDimension.AgeGroup, 1), (StatisticsDimension.AgeGroup, 2) })
        {
            old.Publish("r", Slice.Of(dimension, code), (small + large).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        old.Publish("r", Slice.All, total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(old.Audit());

        var now = new DisclosureAuditor(threshold);
        now.AddRecord("r", finest);
        now.AddDecision("r", DisclosureDecision.Decide(finest, threshold));
        Assert.Empty(now.Audit());
    }

    [Fact]
    public void AMarginHiddenInOneView_WasPrintedInAnother_AndNowEveryViewPrintsTheSameMargin()
    {
        // The old output suppressed each view alone: form × sex hid the male total to protect a small form, while
        // sex × age printed it. Now every view of a record shows the record's one margin.
        var finest = Finest(
            (Sex.Female, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Sexual, 12),
            (Sex.Male, AgeGroup.Adult, VictimStatus.Potential, ExploitationForm.Labour, 7),
            (Sex.Male, AgeGroup.Child, VictimStatus.Potential, ExploitationForm.Begging, 2));
        var decision = DisclosureDecision.Decide(finest);
        var views = new[]
        {
            decision.View(StatisticsDimension.ExploitationForm, StatisticsDimension.Sex).ColumnTotals,
            decision.View(StatisticsDimension.Sex, StatisticsDimension.AgeGroup).RowTotals,
            decision.View(StatisticsDimension.Sex, StatisticsDimension.Status).RowTotals,
        };

        Assert.All(views, v => Assert.Equal(decision.Margin(StatisticsDimension.Sex), v));
        var auditor = new DisclosureAuditor(DisclosureDecision.DefaultThreshold);
        auditor.AddRecord("r", finest);
        auditor.AddDecision("r", decision);
        Assert.Empty(auditor.Audit());
    }
}
