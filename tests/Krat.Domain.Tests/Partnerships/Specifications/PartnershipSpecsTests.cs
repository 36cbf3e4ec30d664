using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Partnerships;
using Krat.Domain.Partnerships.Specifications;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Partnerships.Specifications;

public sealed class PartnershipSpecsTests
{
    private static PartnershipId P(int n) => new(Guid.Parse($"00000000-0000-7000-8000-{0xd100 + n:x12}"));

    private static ServiceProviderId S(int n) => new(Guid.Parse($"00000000-0000-7000-8000-{0xd200 + n:x12}"));

    private static readonly List<Partnership> Partnerships =
    [
        Partnership.Form("A", "S", Term.From(new LocalDate(2023, 5, 1)), [new Participant(Education, ParticipantRole.Accountable), new Participant(WorldVision, ParticipantRole.Funding)], P(1)),
        Partnership.Form("B", "S", Term.From(new LocalDate(2022, 1, 1)), [new Participant(Police, ParticipantRole.Accountable), new Participant(WorldVision, ParticipantRole.Implementing)], P(2)),
        Partnership.Form("C", "S", Term.From(new LocalDate(2021, 1, 1)), [new Participant(Police, ParticipantRole.Accountable), new Participant(Social, ParticipantRole.Partner)], P(3)),
    ];

    private static readonly List<ServiceProvider> Providers =
    [
        ServiceProvider.Register(
        "Zyra e ndihmës juridike", Social, [ServiceType.LegalAid], [Albania.Municipality("Durrës"), Albania.Municipality("Shijak")], [], id: S(1)),
        ServiceProvider.Register(
        "Qendra e Resiliencës", Social, [ServiceType.PsychosocialSupport, ServiceType.ChildProtection], [Albania.Municipality("Durrës")], [TargetGroup.ChildrenInStreetSituations], id: S(2)),
        ServiceProvider.Register(
        "Strehëz", WorldVision, [ServiceType.Shelter], [Albania.Municipality("Tiranë")], [], id: S(3)),
        ServiceProvider.Register(
    "Ëndrra", Social, [ServiceType.Shelter, ServiceType.LegalAid], [Albania.Municipality("Krujë")], [], id: S(4)),
    ];

    [Fact]
    public void PartnershipsOfOrganisation_InAnyRole_EarliestFirst()
    {
        Assert.Equal([P(2), P(1)], new PartnershipsOfOrganisationSpec(WorldVision).Evaluate(Partnerships).Select(p => p.Id));
        Assert.Equal([P(3), P(2)], new PartnershipsOfOrganisationSpec(Police).Evaluate(Partnerships).Select(p => p.Id));
        Assert.Empty(new PartnershipsOfOrganisationSpec(Employment).Evaluate(Partnerships));
    }

    [Fact]
    public void ServiceProvidersOfOrganisation_ByFoldedName()
    {
        // "Ëndrra" folds to "endrra" and sorts before "qendra…" and "zyra…".
        Assert.Equal([S(4), S(2), S(1)], new ServiceProvidersOfOrganisationSpec(Social).Evaluate(Providers).Select(p => p.Id));
    }

    [Fact]
    public void ServiceProvidersCoveringMunicipality_OptionallyByService()
    {
        Assert.Equal([S(2), S(1)], new ServiceProvidersCoveringMunicipalitySpec(Krat.Domain.Geography.Albania.Municipality("durres")).Evaluate(Providers).Select(p => p.Id));
        Assert.Equal([S(1)], new ServiceProvidersCoveringMunicipalitySpec(Krat.Domain.Geography.Albania.Municipality("Durrës"), ServiceType.LegalAid).Evaluate(Providers).Select(p => p.Id));
        Assert.Empty(new ServiceProvidersCoveringMunicipalitySpec(Krat.Domain.Geography.Albania.Municipality("Shijak"), ServiceType.Shelter).Evaluate(Providers));
    }
}
