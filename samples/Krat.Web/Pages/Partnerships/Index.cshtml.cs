using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Initiatives;
using Krat.Domain.Initiatives.Specifications;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.Partnerships;
using Krat.Domain.Partnerships.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Krat.Web.Hosting;
using Krat.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using ServiceProvider = Krat.Domain.Partnerships.ServiceProvider;

namespace Krat.Web.Pages.Partnerships;

/// <summary>
/// Who works with the committee: partnerships (participants in their IATI roles, purpose, period, what they
/// established), the county's service providers active today (services, municipalities, groups, Technical Table seat) and the
/// committee's initiatives (proposers, supporters, beneficiaries, status and endorsement). Public. The viewed
/// county's partnerships come first, before those of other counties that share a national partner.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(
    CurrentCommittee current,
    IReadRepository<Partnership> partnerships,
    IReadRepository<ServiceProvider> providers,
    IReadRepository<Initiative> initiatives,
    IReadRepository<Organisation> organisations,
    IReadRepository<Person> people,
    IReadRepository<Meeting> meetings,
    IClock clock,
    IAuthorizationService authorization) : PageModel
{
    private Dictionary<OrganisationId, string> _organisationNames = [];
    private readonly Dictionary<ServiceProviderId, string> _providerNames = [];
    private readonly Dictionary<PersonId, string> _personNames = [];

    public Committee? Committee { get; private set; }

    public IReadOnlyList<Partnership> Partnerships { get; private set; } = [];

    public IReadOnlyList<ServiceProvider> Providers { get; private set; } = [];

    public IReadOnlyList<Initiative> Initiatives { get; private set; } = [];

    /// <summary>Who endorsed each endorsed initiative, in words: organisation, person, meeting.</summary>
    public IReadOnlyDictionary<InitiativeId, EndorsementText> Endorsements { get; private set; } = new Dictionary<InitiativeId, EndorsementText>();

    public bool CanEdit { get; private set; }

    public string OrganisationName(OrganisationId id) => _organisationNames.TryGetValue(id, out var name) ? name : "—";

    /// <summary>The name of a person who proposed an initiative.</summary>
    public string PersonName(PersonId id) => _personNames.TryGetValue(id, out var name) ? name : "—";

    public string ProviderName(ServiceProviderId id) => _providerNames.TryGetValue(id, out var name) ? name : "—";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Committee = await current.GetAsync(cancellationToken);
        if (Committee is null)
        {
            return;
        }

        CanEdit = (await authorization.AuthorizeAsync(User, KratPolicies.CanEditCommittee)).Succeeded;
        Providers = await providers.ListAsync(new ServiceProvidersOfCountySpec(Committee.County, Committee.Id, Albania.Today(clock)), cancellationToken);
        List<OrganisationId> involved = [.. Committee.Seats.Select(s => s.OrganisationId), .. Providers.Select(p => p.OperatorId)];
        Partnerships = await partnerships.ListAsync(new PartnershipsInvolvingSpec(involved, [.. Providers.Select(p => p.Id)]), cancellationToken);
        Initiatives = await initiatives.ListAsync(new InitiativesOfCommitteeSpec(Committee.Id), cancellationToken);
        List<OrganisationId> named =
        [
            .. Partnerships.SelectMany(p => p.Participants).Select(p => p.OrganisationId),
            .. Providers.Select(p => p.OperatorId),
            .. Initiatives.SelectMany(i => i.ProposerIds.Concat(i.SupporterIds)),
            .. Initiatives.Select(i => i.Endorsement?.OrganisationId).OfType<OrganisationId>(),
        ];
        var names = await organisations.ListAsync(new OrganisationNamesSpec([.. named.Distinct()]), cancellationToken);
        _organisationNames = names.ToDictionary(o => o.Id, o => o.DisplayName());

        // The viewed county's partnerships first (a participant of the county, or a provider it established here), then
        // those of other counties that share a national partner with the committee; each group keeps its order. The
        // participants' counties come with their names (every participant is named above), not from the county's organisations.
        var local = names.Where(o => o.County == Committee.County).Select(o => o.Id).ToHashSet();
        var localProviders = Providers.Select(p => p.Id).ToHashSet();
        Partnerships = [.. Partnerships.OrderBy(p => p.Participants.Any(x => local.Contains(x.OrganisationId)) || p.EstablishedProviderIds.Any(localProviders.Contains) ? 0 : 1)];
        foreach (var provider in Providers)
        {
            _providerNames[provider.Id] = provider.Name;
        }

        foreach (var id in Partnerships.SelectMany(p => p.EstablishedProviderIds).Where(id => !_providerNames.ContainsKey(id)).Distinct())
        {
            _providerNames[id] = (await providers.GetByIdAsync(id, cancellationToken))?.Name ?? "—";
        }

        // People by name (PersonNamesSpec), not loaded whole: the proposers and the endorsers.
        List<PersonId> persons = [.. Initiatives.SelectMany(i => i.ProposerPersonIds), .. Initiatives.Select(i => i.Endorsement?.PersonId).OfType<PersonId>()];
        foreach (var name in await people.ListAsync(new PersonNamesSpec([.. persons.Distinct()]), cancellationToken))
        {
            _personNames[name.Id] = name.ToString();
        }

        var endorsements = new Dictionary<InitiativeId, EndorsementText>();
        foreach (var initiative in Initiatives)
        {
            if (initiative.Endorsement is { } endorsement)
            {
                var meeting = endorsement.MeetingId is { } meetingId ? await meetings.GetByIdAsync(meetingId, cancellationToken) : null;
                endorsements[initiative.Id] = new EndorsementText(
                    endorsement.OrganisationId is { } organisationId ? OrganisationName(organisationId) : null,
                    endorsement.PersonId is { } personId && _personNames.TryGetValue(personId, out var person) ? person : null,
                    endorsement.On,
                    meeting?.Date);
            }
        }

        Endorsements = endorsements;
    }

    /// <summary>An endorsement in words.</summary>
    public sealed record EndorsementText(string? Organisation, string? Person, NodaTime.LocalDate On, NodaTime.LocalDate? MeetingDate);
}
