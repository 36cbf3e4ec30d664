using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Krat.Domain.Tests.Statistics.Disclosure;

/// <summary>
/// The guarantee against the attacker of the tests (a CP-SAT model of every finest cell of every record, constrained
/// by everything published): random worlds of several counties and years, thresholds 3, 5 and 10, every view of every
/// record, the committees' yearly reports and the national roll-ups. About 2 000 records a run (150 worlds).
/// </summary>
public sealed class DisclosurePropertyTests
{
    public static class Worlds
    {
        public static Arbitrary<(int Seed, int Threshold)> Seeds() =>
            (from seed in Gen.Choose(0, int.MaxValue)
             from threshold in Gen.Elements(3, 5, 10)
             select (seed, threshold)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Worlds)], MaxTest = 150)]
    public void NoHiddenFigureIsDetermined_AndASmallOneStaysAnywhereFrom1ToThresholdMinus1((int Seed, int Threshold) world)
    {
        var built = DisclosureWorld.Build(world.Seed, world.Threshold);
        var auditor = built.Publish();

        var findings = auditor.Audit();

        Assert.True(findings.Count == 0, $"seed {world.Seed}, threshold {world.Threshold}:\n{string.Join("\n", findings.Take(10))}");
    }
}
