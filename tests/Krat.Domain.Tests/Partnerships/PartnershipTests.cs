using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Partnerships;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Partnerships;

public sealed class PartnershipTests
{
    public static readonly PartnershipId Id = new(Guid.Parse("00000000-0000-7000-8000-0000000dd001"));
    public static readonly ServiceProviderId ProviderId = new(Guid.Parse("00000000-0000-7000-8000-0000000dd002"));
    private static readonly LocalDate Day = new(2023, 10, 31);

    public static Partnership Form() =>
        Partnership.Form("Qendra", "Shërbime", Term.From(Day), [new Participant(Education, ParticipantRole.Accountable), new Participant(WorldVision, ParticipantRole.Funding)], Id);

    [Fact]
    public void Form_MakesAnId_WhenNoneIsGiven_AndKeepsTheOneGiven_WithItsTerm()
    {
        Participant[] two = [new Participant(Education, ParticipantRole.Accountable), new Participant(WorldVision, ParticipantRole.Funding)];
        var made = Partnership.Form("Qendra", "Shërbime", Term.Between(Day, Day.PlusDays(30)), two);
        Assert.NotEqual(Guid.Empty, made.Id.Value);
        Assert.NotEqual(made.Id, Partnership.Form("Qendra", "Shërbime", Term.From(Day), two).Id);
        Assert.Equal(Term.Between(Day, Day.PlusDays(30)), made.Period);
        Assert.Equal(Id, Form().Id);
        Assert.Throws<ArgumentNullException>(() => Partnership.Form("Qendra", "Shërbime", null!, two));
    }

    [Fact]
    public void Form_Needs_TwoOrganisations()
    {
        var error = Assert.Throws<DomainException>(() => Partnership.Form("Vetëm", "S", Term.From(Day), [new Participant(Education, ParticipantRole.Accountable), new Participant(Education, ParticipantRole.Implementing)], Id));
        Assert.Equal("partnership.two-organisations", error.Rule);
    }

    [Fact]
    public void Form_Rejects_TheSameRoleTwiceForAnOrganisation()
    {
        var error = Assert.Throws<DomainException>(() => Partnership.Form("P", "S", Term.From(Day), [new Participant(Education, ParticipantRole.Funding), new Participant(Education, ParticipantRole.Funding), new Participant(Police, ParticipantRole.Partner)], Id));
        Assert.Equal("partnership.role-once", error.Rule);
        Assert.Contains("role Funding", error.Message);
    }

    [Fact]
    public void AddParticipant_AllowsASecondRole_AndKeepsParticipantIdsDistinct()
    {
        var partnership = Form();
        partnership.AddParticipant(new Participant(Education, ParticipantRole.Implementing));
        Assert.Equal(3, partnership.Participants.Count);
        Assert.Equal([Education, WorldVision], PartnershipKeys.ParticipantIds(partnership));
    }

    [Fact]
    public void End_ClosesThePeriod_AndThenNothingIsAdded()
    {
        var partnership = Form();
        partnership.End(new LocalDate(2024, 12, 31));
        var error = Assert.Throws<DomainException>(() => partnership.AddParticipant(new Participant(Police, ParticipantRole.Partner)));
        Assert.Equal("partnership.ended", error.Rule);
        Assert.Equal(2, partnership.Participants.Count);
        Assert.Throws<DomainException>(() => partnership.End(new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void Establish_RecordsAProviderOnce()
    {
        var partnership = Form();
        partnership.Establish(ProviderId);
        Assert.Equal("partnership.provider-once", Assert.Throws<DomainException>(() => partnership.Establish(ProviderId)).Rule);
        Assert.Single(partnership.EstablishedProviderIds);
    }

    [Fact]
    public void ServiceProvider_Register_DropsDuplicateServicesAndMunicipalities()
    {
        var durres = Albania.Municipality("durres");
        var provider = ServiceProvider.Register("Qendra e Resiliencës", Social, [ServiceType.PsychosocialSupport, ServiceType.PsychosocialSupport], [durres, Albania.Municipality("Durrës")], [TargetGroup.VictimsAndPotentialVictims], Id, id: ProviderId);

        Assert.Equal([durres], provider.Municipalities);
        Assert.Equal(["Durrës"], provider.MunicipalityNames);
        Assert.Equal([ServiceType.PsychosocialSupport], provider.ServiceTypes);
        Assert.False(provider.SitsAtTechnicalTable);
        Assert.Null(provider.TechnicalTableCommitteeId);
    }

    [Fact]
    public void ServiceProvider_Needs_AServiceAndAMunicipality()
    {
        Assert.Throws<DomainArgumentException>(() => ServiceProvider.Register("Q", Social, [], [Albania.Municipality("Durrës")], [], id: ProviderId));
        Assert.Throws<DomainArgumentException>(() => ServiceProvider.Register("Q", Social, [ServiceType.Shelter], [], [], id: ProviderId));
    }

    [Theory]
    [InlineData("Durrës", "AL-06")]
    [InlineData("Pogradec", "AL-02")]
    [InlineData("Atlantidë", "AL-02")]
    public void ServiceProvider_RefusesAMunicipalityOfAnotherCountyOrOutsideTheCatalogue_AndNothingChanges(string name, string county)
    {
        var wrong = new Municipality(name, CountyCode.From(county));
        var refused = Assert.Throws<DomainArgumentException>(
            () => ServiceProvider.Register("Q", Social, [ServiceType.Shelter], [Albania.Municipality("Krujë"), wrong], [], id: ProviderId));
        Assert.Equal("municipalities", refused.ParamName);
        Assert.Contains(name, refused.Message, StringComparison.Ordinal);

        var provider = ServiceProvider.Register("Q", Social, [ServiceType.Shelter], [Albania.Municipality("Krujë")], [], id: ProviderId);
        Assert.Throws<DomainArgumentException>(() => provider.Describe("R", Social, [ServiceType.LegalAid], [wrong], []));
        Assert.Equal("Q", provider.Name);
        Assert.Equal([ServiceType.Shelter], provider.ServiceTypes);
        Assert.Equal([Albania.Municipality("Krujë")], provider.Municipalities);
    }

    [Fact]
    public void ServiceProvider_CoversMunicipalitiesOfSeveralCounties()
    {
        var provider = ServiceProvider.Register("Linja kombëtare", Social, [ServiceType.LegalAid], [Albania.Municipality("Tiranë"), Albania.Municipality("Korçë")], [], id: ProviderId);

        Assert.Equal([CountyCode.From("AL-11"), CountyCode.From("AL-06")], provider.Municipalities.Select(m => m.County));
    }
}
