using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Infrastructure.Repositories;

namespace Krat.Web.Pages.Activities;

/// <summary>
/// The organisations the activity form offers as lead and partners: the committee county's and the central ones, at most
/// <see cref="Size"/> of them, narrowed on the server by the page's <c>?org=</c> search (diacritics ignored), so that
/// the form never lists every organisation of the country. The lead and partners already chosen are shown besides these.
/// </summary>
/// <param name="Offered">The organisations offered, by Albanian name.</param>
/// <param name="More">Whether more organisations match than are offered.</param>
/// <param name="Find">The text searched for, if any.</param>
public sealed record PartnerChoices(IReadOnlyList<OrganisationNames> Offered, bool More, string? Find)
{
    /// <summary>The most organisations offered before the user narrows them with a search.</summary>
    public const int Size = 60;

    /// <summary>Loads the choices of <paramref name="committee"/> (none without a committee).</summary>
    public static async Task<PartnerChoices> LoadAsync(Committee? committee, IReadRepository<Organisation> organisations, string? find, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        if (committee is null)
        {
            return new PartnerChoices([], false, find);
        }

        var choices = await organisations.ListAsync(new OrganisationChoicesSpec(committee.County, find, Size + 1), cancellationToken);
        return new PartnerChoices([.. choices.Take(Size)], choices.Count > Size, find);
    }

    /// <summary>The search box that narrows the choices on <paramref name="page"/>, coming back at the partners.</summary>
    public OrganisationSearch Search(string page) => new(page, "partners", Find, More);
}
