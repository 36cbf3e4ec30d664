using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;

namespace Krat.Domain.Tests.Organisations.Specifications;

public sealed class OrganisationsMatchingSpecTests
{
    private static readonly CountyCode Korce = CountyCode.From("AL-06");
    private static readonly CountyCode Berat = CountyCode.From("AL-01");
    private readonly Organisation _prefecture = Organisation.Register("Prefektura e Qarkut Korçë", OrganisationKind.Prefecture, OrganisationLevel.Regional, Korce);
    private readonly Organisation _kucove = Organisation.Register("Bashkia Kuçovë", OrganisationKind.LocalGovernment, OrganisationLevel.Local, Berat);
    private readonly Organisation _korceMunicipality = Organisation.Register("Bashkia Korçë", OrganisationKind.LocalGovernment, OrganisationLevel.Local, Korce);
    private readonly Organisation _ngo = Organisation.Register("Qendra për ndërgjegjësim", OrganisationKind.Ngo, OrganisationLevel.Central);

    private List<Organisation> All => [_prefecture, _ngo, _kucove, _korceMunicipality];

    [Fact]
    public void Matching_IgnoresDiacriticsAndCase_OrderedByFoldedName()
    {
        Assert.Equal([_korceMunicipality, _prefecture], new OrganisationsMatchingSpec("KORCE").Evaluate(All));
        Assert.Equal([_kucove], new OrganisationsMatchingSpec("kucove").Evaluate(All));
        Assert.Equal([_ngo], new OrganisationsMatchingSpec("ndergjegjesim").Evaluate(All));
    }

    [Fact]
    public void Matching_FiltersByKindAndCounty_AndBlankMatchesAll()
    {
        Assert.Equal([_korceMunicipality, _kucove], new OrganisationsMatchingSpec(kind: OrganisationKind.LocalGovernment).Evaluate(All));
        Assert.Equal([_korceMunicipality, _prefecture], new OrganisationsMatchingSpec(" ", county: Korce).Evaluate(All));
        Assert.Equal([_korceMunicipality, _kucove, _prefecture, _ngo], new OrganisationsMatchingSpec().Evaluate(All));
    }
}
