using Ardalis.Specification;
using Krat.Domain.Organisations;
using NodaTime;
using Krat.Domain.Common;

namespace Krat.Domain.Partnerships.Specifications;

/// <summary>The partnerships an organisation takes part in (in any role), earliest first.</summary>
public sealed class PartnershipsOfOrganisationSpec : Specification<Partnership>
{
    /// <summary>Builds the query.</summary>
    /// <param name="organisationId">The organisation.</param>
    public PartnershipsOfOrganisationSpec(OrganisationId organisationId) =>
        Query
            .Where(p => PartnershipKeys.ParticipantIds(p).Contains(organisationId))
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
            .OrderBy(s => PartnershipKeys.Name(s))
            .ThenBy(s => s.Id);
}

/// <summary>The service providers covering a municipality, optionally offering one service type, by name.</summary>
public sealed class ServiceProvidersCoveringMunicipalitySpec : Specification<ServiceProvider>
{
    /// <summary>Builds the query.</summary>
    /// <param name="municipality">The municipality (<see cref="Geography.Albania.Municipality(string)"/> finds it by name, with or without diacritics).</param>
    /// <param name="serviceType">Only providers offering this service, when given.</param>
    public ServiceProvidersCoveringMunicipalitySpec(Geography.Municipality municipality, ServiceType? serviceType = null)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        var name = municipality.Name;
        Query
            .Where(s => s.MunicipalityNames.Contains(name))
            .Where(s => s.ServiceTypes.Contains(serviceType!.Value), serviceType.HasValue)
            .OrderBy(s => PartnershipKeys.Name(s))
            .ThenBy(s => s.Id);
    }
}

/// <summary>
/// The service providers of a county on a day, by name: those active on the day (<see cref="ServiceProvider.Active"/>
/// covers it, or no active term is recorded) that cover one of its municipalities or sit at its committee's
/// Technical Table on that day. A provider that stopped before the day, or that left the Table and covers none of
/// the county's municipalities, is not listed.
/// </summary>
public sealed class ServiceProvidersOfCountySpec : Specification<ServiceProvider>
{
    /// <summary>Builds the query.</summary>
    /// <param name="county">The county.</param>
    /// <param name="committeeId">The county's committee.</param>
    /// <param name="asOf">The day (usually today in Europe/Tirane, <see cref="Geography.Albania.Today"/>).</param>
    public ServiceProvidersOfCountySpec(Geography.CountyCode county, Committees.CommitteeId committeeId, LocalDate asOf)
    {
        Require.Date(asOf, nameof(asOf));
        List<string> names = [.. Geography.Albania.County(county).Municipalities.Select(m => m.Name)];
        Query
            .Where(ServiceProvider.ActiveOn(asOf))
            .Where(s => (s.TechnicalTableCommitteeId == committeeId && s.TechnicalTableFrom <= asOf && (s.TechnicalTableUntil == null || s.TechnicalTableUntil >= asOf))
                || s.MunicipalityNames.Any(m => names.Contains(m)))
            .OrderBy(s => PartnershipKeys.Name(s))
            .ThenBy(s => s.Id);
    }
}

/// <summary>
/// The partnerships in which one of the given organisations takes part, or which established one of the given
/// service providers, earliest first.
/// </summary>
public sealed class PartnershipsInvolvingSpec : Specification<Partnership>
{
    /// <summary>Builds the query.</summary>
    /// <param name="organisationIds">The organisations, such as the seat holders of a committee.</param>
    /// <param name="providerIds">The service providers, such as those of a county.</param>
    public PartnershipsInvolvingSpec(IReadOnlyCollection<OrganisationId> organisationIds, IReadOnlyCollection<ServiceProviderId> providerIds)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        ArgumentNullException.ThrowIfNull(providerIds);
        List<OrganisationId> organisations = [.. organisationIds.Distinct()];
        List<ServiceProviderId> providers = [.. providerIds.Distinct()];
        Query
            .Where(p => PartnershipKeys.ParticipantIds(p).Any(o => organisations.Contains(o)) || p.EstablishedProviderIds.Any(s => providers.Contains(s)))
            .OrderBy(p => p.Period.Start)
            .ThenBy(p => p.Id);
    }
}
