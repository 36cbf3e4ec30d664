using Ardalis.Specification;
using Krat.Domain.Organisations;

namespace Krat.Domain.Partnerships.Specifications;

/// <summary>The partnerships an organisation takes part in (in any role), earliest first.</summary>
public sealed class PartnershipsOfOrganisationSpec : Specification<Partnership>
{
    /// <summary>Builds the query.</summary>
    /// <param name="organisationId">The organisation.</param>
    public PartnershipsOfOrganisationSpec(OrganisationId organisationId) =>
        Query
            .Where(p => p.ParticipantIds.Contains(organisationId))
            .OrderBy(p => p.Period.Start)
            .ThenBy(p => p.Id);
}

/// <summary>The service providers an organisation runs, by name.</summary>
public sealed class ServiceProvidersOfOrganisationSpec : Specification<ServiceProvider>
{
    /// <summary>Builds the query.</summary>
    /// <param name="organisationId">The operator.</param>
    public ServiceProvidersOfOrganisationSpec(OrganisationId organisationId) =>
        Query
            .Where(s => s.OperatorId == organisationId)
            .OrderBy(s => s.SortKey)
            .ThenBy(s => s.Id);
}

/// <summary>The service providers covering a municipality, optionally offering one service type, by name.</summary>
public sealed class ServiceProvidersCoveringMunicipalitySpec : Specification<ServiceProvider>
{
    /// <summary>Builds the query.</summary>
    /// <param name="municipality">The municipality's name, with or without diacritics.</param>
    /// <param name="serviceType">Only providers offering this service, when given.</param>
    public ServiceProvidersCoveringMunicipalitySpec(string municipality, ServiceType? serviceType = null)
    {
        var name = Geography.Albania.Municipality(municipality).Name;
        Query
            .Where(s => s.Municipalities.Contains(name))
            .Where(s => s.ServiceTypes.Contains(serviceType!.Value), serviceType.HasValue)
            .OrderBy(s => s.SortKey)
            .ThenBy(s => s.Id);
    }
}
