using Krat.Domain.Common;
using Krat.Domain.Geography;

namespace Krat.Domain.Tests.Geography;

public sealed class AlbaniaTests
{
    [Fact]
    public void Counties_AreTheTwelveCodesInOrder()
    {
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"AL-{n:00}"), Albania.Counties.Select(c => c.Code.Value));
        Assert.Equal("Berat", Albania.Counties[0].Name);
        Assert.Equal("Vlorë", Albania.Counties[^1].Name);
    }

    [Fact]
    public void Municipalities_AreSixtyOne_EachInItsCounty_WithUniqueNames()
    {
        Assert.Equal(61, Albania.Municipalities.Count);
        Assert.Equal(61, Albania.Municipalities.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Albania.Counties, county => Assert.All(county.Municipalities, m => Assert.Equal(county.Code, m.County)));
        Assert.Equal(["Durrës", "Krujë", "Shijak"], Albania.County(CountyCode.From("AL-02")).Municipalities.Select(m => m.Name));
        Assert.All(Albania.Municipalities, m => Assert.True(m.Name.Length <= Municipality.MaxNameLength));
    }

    [Theory]
    [InlineData("Korce", "AL-06")]
    [InlineData("KORÇË", "AL-06")]
    [InlineData("durres", "AL-02")]
    [InlineData("al-12", "AL-12")]
    [InlineData(" AL-05 ", "AL-05")]
    public void FindCounty_ByCodeOrNameWithOrWithoutDiacritics(string text, string code)
    {
        Assert.Equal(code, Albania.FindCounty(text)!.Code.Value);
    }

    [Theory]
    [InlineData("Kucove", "Kuçovë", "AL-01")]
    [InlineData("kruje", "Krujë", "AL-02")]
    [InlineData("DIMAL", "Dimal", "AL-01")]
    [InlineData("Korçë", "Korçë", "AL-06")]
    public void FindMunicipality_WithOrWithoutDiacritics(string text, string name, string county)
    {
        var municipality = Albania.FindMunicipality(text)!;

        Assert.Equal(name, municipality.Name);
        Assert.Equal(county, municipality.County.Value);
    }

    [Fact]
    public void Lookups_RejectUnknownNamesAndCodes()
    {
        Assert.Null(Albania.FindCounty("Prishtinë"));
        Assert.Null(Albania.FindMunicipality("Ura Vajgurore"));
        Assert.Throws<DomainArgumentException>(() => Albania.Municipality("Tiranë e Re"));
        Assert.Throws<ArgumentException>(() => CountyCode.From("AL-13"));
        Assert.Throws<ArgumentException>(() => CountyCode.From("AL-00"));
        Assert.False(CountyCode.TryFrom(null, out _));
    }
}
