using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;

namespace Krat.Domain.Tests.Organisations;

public sealed class OrganisationTests
{
    private static readonly CountyCode Durres = CountyCode.From("AL-02");

    [Fact]
    public void Register_Rejects_CentralOrganisationWithCounty_AndRegionalWithout()
    {
        Assert.Throws<DomainArgumentException>(() => Organisation.Register("UNDP", OrganisationKind.Multilateral, OrganisationLevel.Central, Durres));
        Assert.Throws<DomainArgumentException>(() => Organisation.Register("Bashkia Durrës", OrganisationKind.LocalGovernment, OrganisationLevel.Local));
        Assert.Throws<DomainArgumentException>(() => Organisation.Register(new string('x', Organisation.MaxNameLength + 1), OrganisationKind.Ngo, OrganisationLevel.Central));
        Assert.Throws<ArgumentOutOfRangeException>(() => Organisation.Register("X", (OrganisationKind)0, OrganisationLevel.Central));
    }

    [Fact]
    public void Register_TakesTheEnglishNameAndAcronym_TrimmedAndSearchable()
    {
        var organisation = Organisation.Register(
            "Qendra e Resiliencës Durrës", OrganisationKind.PublicServiceCentre, OrganisationLevel.Local, Durres, "  Durrës Resilience Centre ", " QRD ");

        Assert.Equal("Durrës Resilience Centre", organisation.EnglishName);
        Assert.Equal("QRD", organisation.Acronym);
        Assert.Equal(OrganisationKind.PublicServiceCentre, organisation.Kind);
        Assert.Equal("qendra e resiliences durres durres resilience centre qrd", OrganisationKeys.Search(organisation));
        Assert.Equal("Durrës Resilience Centre", organisation.DisplayName(new System.Globalization.CultureInfo("en")));
        Assert.Equal("Qendra e Resiliencës Durrës (QRD)", organisation.ToString());
    }

    [Fact]
    public void Register_ValidatesTheEnglishNameAndAcronym_LikeRename()
    {
        var tooLongName = new string('x', Organisation.MaxNameLength + 1);
        var tooLongAcronym = new string('X', Organisation.MaxAcronymLength + 1);

        Assert.Equal("englishName", Assert.Throws<DomainArgumentException>(() => Organisation.Register("UNDP", OrganisationKind.Multilateral, OrganisationLevel.Central, englishName: tooLongName)).ParamName);
        Assert.Equal("acronym", Assert.Throws<DomainArgumentException>(() => Organisation.Register("UNDP", OrganisationKind.Multilateral, OrganisationLevel.Central, acronym: tooLongAcronym)).ParamName);
        Assert.Null(Organisation.Register("UNDP", OrganisationKind.Multilateral, OrganisationLevel.Central, englishName: "  ", acronym: "").EnglishName);
    }

    [Fact]
    public void Rename_RefreshesTheFoldedSearchAndSortKeys()
    {
        var organisation = Organisation.Register("Prefektura", OrganisationKind.Prefecture, OrganisationLevel.Regional, Durres);

        organisation.Rename("Prefektura e Qarkut Durrës", "Prefecture of Durrës County", "PQD");

        Assert.Equal("prefektura e qarkut durres prefecture of durres county pqd", OrganisationKeys.Search(organisation));
        Assert.Equal("prefektura e qarkut durres", OrganisationKeys.Sort(organisation));
        Assert.Equal("Prefecture of Durrës County", organisation.DisplayName(new System.Globalization.CultureInfo("en")));
        Assert.Equal("Prefektura e Qarkut Durrës (PQD)", organisation.ToString());
    }

    [Fact]
    public void AddIdentifier_Rejects_SecondIdentifierInTheSameScheme()
    {
        var organisation = Organisation.Register("UNDP", OrganisationKind.Multilateral, OrganisationLevel.Central);
        organisation.AddIdentifier(ExternalIdentifier.From("xm-dac", "41114"));

        var error = Assert.Throws<DomainException>(() => organisation.AddIdentifier(ExternalIdentifier.From("XM-DAC", "99999")));

        Assert.Equal("organisation.one-identifier-per-scheme", error.Rule);
        Assert.Contains("XM-DAC:41114", error.Message, StringComparison.Ordinal);
        Assert.Contains("99999", error.Message, StringComparison.Ordinal);
        Assert.Equal([ExternalIdentifier.From("XM-DAC", "41114")], organisation.Identifiers);
    }

    [Fact]
    public void RemoveIdentifier_IgnoresCase()
    {
        var organisation = Organisation.Register("UNDP", OrganisationKind.Multilateral, OrganisationLevel.Central);
        organisation.AddIdentifier(ExternalIdentifier.From("XM-DAC", "41114"));

        Assert.True(organisation.RemoveIdentifier(" xm-dac "));
        Assert.False(organisation.RemoveIdentifier("XM-DAC"));
        Assert.Empty(organisation.Identifiers);
    }
}
