using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using Krat.Infrastructure.Repositories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Krat.Web.Pages.Directory;

/// <summary>
/// The directory: organisations and people whose names contain the search text, diacritics and case ignored
/// ("korce" finds "Korçë"), each list a page at a time (public; people show work details only).
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(IReadRepository<Organisation> organisations, IReadRepository<Person> people) : PageModel
{
    public const int PageSize = 15;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "op")]
    public int OrganisationPage { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "pp")]
    public int PeoplePage { get; set; } = 1;

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public int OrganisationTotal { get; private set; }

    public IReadOnlyList<Person> People { get; private set; } = [];

    public int PeopleTotal { get; private set; }

    public static int Pages(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The specifications order by folded keys; the pages are cut from the ordered result.
        var foundOrganisations = await organisations.ListAsync(new OrganisationsMatchingSpec(Query), cancellationToken);
        var foundPeople = await people.ListAsync(new PeopleMatchingSpec(Query), cancellationToken);
        OrganisationTotal = foundOrganisations.Count;
        PeopleTotal = foundPeople.Count;
        OrganisationPage = Math.Clamp(OrganisationPage, 1, Pages(OrganisationTotal));
        PeoplePage = Math.Clamp(PeoplePage, 1, Pages(PeopleTotal));
        Organisations = foundOrganisations.Skip((OrganisationPage - 1) * PageSize).Take(PageSize).ToList();
        People = foundPeople.Skip((PeoplePage - 1) * PageSize).Take(PageSize).ToList();
    }
}
