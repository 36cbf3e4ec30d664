using Krat.Domain.Common;

namespace Krat.Domain.Tests.Common;

/// <summary>Asserts that a verb breaks a rule and leaves its aggregate unchanged.</summary>
public static class Rule
{
    public static DomainException Broken(string rule, Func<string> fingerprint, Action act, params string[] messageParts)
    {
        var before = fingerprint();
        var error = Assert.Throws<DomainException>(act);
        Assert.Equal(rule, error.Rule);
        foreach (var part in messageParts)
        {
            Assert.Contains(part, error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, fingerprint());
        return error;
    }
}
