using Krat.Domain.Common;

namespace Krat.Domain.Tests.Common;

public sealed class AlbanianTextTests
{
    [Theory]
    [InlineData("Ndërgjegjësim", "ndergjegjesim")]
    [InlineData("KORÇË", "korce")]
    [InlineData("  Bashkia   Durrës!  ", "bashkia durres")]
    [InlineData("\"Sot për të Ardhmen\"", "sot per te ardhmen")]
    [InlineData("D&E — Të Ndryshëm", "d e te ndryshem")]
    [InlineData("Nr. 139/2006", "nr 139 2006")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("!!!", "")]
    public void Fold_LowersRemovesDiacriticsAndCollapsesSeparators(string? text, string expected)
    {
        Assert.Equal(expected, AlbanianText.Fold(text));
    }

    [Fact]
    public void Fold_KeepsOnlyLettersDigitsAndSingleSpaces()
    {
        var folded = AlbanianText.Fold("Çështja «Ëngjëll» — 12 Öz ß");

        Assert.Matches("^[a-z0-9]+( [a-z0-9]+)*$", folded);
    }

    [Fact]
    public void FoldAll_JoinsNonEmptyFoldedTexts()
    {
        Assert.Equal("world vision shqiperi wv", AlbanianText.FoldAll("World Vision Shqipëri", null, " ", "WV"));
    }
}
