using Krat.Demo.Durres;
using Krat.Domain.Organisations;

namespace Krat.Demo.History;

/// <summary>The organisations that work in every county: international NGOs, UN agencies, donors, the ministry.</summary>
internal sealed class NationalOrganisations
{
    public required OrganisationId WorldVision { get; init; }

    public required OrganisationId TerreDesHommes { get; init; }

    public required OrganisationId DifferentAndEqual { get; init; }

    public required OrganisationId Unicef { get; init; }

    public required OrganisationId Usaid { get; init; }

    public required OrganisationId Undp { get; init; }

    public required OrganisationId Arsis { get; init; }

    public required OrganisationId Caritas { get; init; }

    public required OrganisationId MinistryOfInterior { get; init; }

    public IReadOnlyList<OrganisationId> Ngos => [WorldVision, TerreDesHommes, DifferentAndEqual, Arsis, Caritas];

    public IReadOnlyList<OrganisationId> Donors => [Unicef, Usaid, Undp];

    public static NationalOrganisations Generate(HistoryOptions options, GeneratedStructure structure)
    {
        var random = new Random(HistoryIds.Mix(options.Seed, 0, 0, IdStream.Structure));
        var ids = new HistoryIds(random, 0, IdStream.Structure);
        OrganisationId Add(string name, OrganisationKind kind, string english, string? acronym) =>
            Register(structure, new OrganisationId(ids.Next(IdKind.Organisation, options.From)), name, kind, english, acronym);
        return new NationalOrganisations
        {
            WorldVision = Add("World Vision Shqipëri", OrganisationKind.InternationalNgo, "World Vision Albania", "WV"),
            TerreDesHommes = Add("Terre des hommes Shqipëri", OrganisationKind.InternationalNgo, "Terre des hommes Albania", "Tdh"),
            DifferentAndEqual = Add("Të Ndryshëm dhe të Barabartë", OrganisationKind.Ngo, "Different & Equal", "D&E"),
            Unicef = Add("UNICEF Shqipëri", OrganisationKind.Multilateral, "UNICEF Albania", "UNICEF"),
            Usaid = Add("Agjencia e Shteteve të Bashkuara për Zhvillim Ndërkombëtar", OrganisationKind.DonorAgency, "United States Agency for International Development", "USAID"),
            Undp = Add("Programi i Kombeve të Bashkuara për Zhvillim", OrganisationKind.Multilateral, "United Nations Development Programme", "UNDP"),
            Arsis = Add("Organizata Sociale për Mbështetjen e të Rinjve", OrganisationKind.Ngo, "Social Organisation for the Support of Youth", "ARSIS"),
            Caritas = Add("Caritas Shqiptar", OrganisationKind.Ngo, "Caritas Albania", null),
            MinistryOfInterior = Add("Ministria e Brendshme", OrganisationKind.CentralStateInstitution, "Ministry of the Interior", null),
        };
    }

    /// <summary>The national organisations of the Durrës scenario (fixed ids) plus the ones it lacks, registered afresh.</summary>
    public static NationalOrganisations ForDurresScenario(HistoryOptions options, GeneratedStructure structure)
    {
        var random = new Random(HistoryIds.Mix(options.Seed, 0, 0, IdStream.DurresStructure));
        var ids = new HistoryIds(random, 0, IdStream.DurresStructure);
        OrganisationId Add(string name, OrganisationKind kind, string english, string? acronym) =>
            Register(structure, new OrganisationId(ids.Next(IdKind.Organisation, options.From)), name, kind, english, acronym);
        return new NationalOrganisations
        {
            WorldVision = DemoIds.WorldVision,
            TerreDesHommes = DemoIds.TerreDesHommes,
            DifferentAndEqual = DemoIds.DifferentAndEqual,
            Unicef = DemoIds.Unicef,
            Usaid = DemoIds.Usaid,
            Undp = DemoIds.Undp,
            Arsis = Add("Organizata Sociale për Mbështetjen e të Rinjve", OrganisationKind.Ngo, "Social Organisation for the Support of Youth", "ARSIS"),
            Caritas = Add("Caritas Shqiptar", OrganisationKind.Ngo, "Caritas Albania", null),
            MinistryOfInterior = Add("Ministria e Brendshme", OrganisationKind.CentralStateInstitution, "Ministry of the Interior", null),
        };
    }

    private static OrganisationId Register(GeneratedStructure structure, OrganisationId id, string name, OrganisationKind kind, string english, string? acronym)
    {
        var level = kind is OrganisationKind.CentralStateInstitution or OrganisationKind.InternationalNgo or OrganisationKind.Multilateral or OrganisationKind.DonorAgency or OrganisationKind.Ngo
            ? OrganisationLevel.Central
            : OrganisationLevel.Regional;
        var organisation = Organisation.Register(name, kind, level, null, english, acronym, id);
        structure.Organisations.Add(organisation);
        return organisation.Id;
    }
}
