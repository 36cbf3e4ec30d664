using Krat.Demo.Durres;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using Krat.Infrastructure.Repositories;
using Krat.Web.Pages.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Krat.Web.Tests.Activities;

/// <summary>
/// The activities pages read the names of the organisations they show or were sent, never every organisation's
/// (issue #14: a national database holds thousands); an identity that does not exist is simply not among them, which
/// is how the form refuses an unknown lead or partner.
/// </summary>
public sealed class ActivityLookupsTests(ActivitiesSite site) : IClassFixture<ActivitiesSite>
{
    [Fact]
    public async Task Lookups_ReadOnlyTheNamedOrganisations_AndNotAnUnknownOne()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var organisations = services.GetRequiredService<IReadRepository<Organisation>>();
        var committee = await services.GetRequiredService<IReadRepository<Committee>>().GetByIdAsync(DemoIds.KratDurres);
        var unknown = OrganisationId.New();

        var lookups = await ActivityLookups.LoadAsync(
            committee, [DemoIds.EducationOffice, unknown, DemoIds.EducationOffice, DemoIds.Prefecture], organisations,
            services.GetRequiredService<IReadRepository<ActionPlan>>(), services.GetRequiredService<IReadRepository<Campaign>>(), default);
        var none = await ActivityLookups.LoadAsync(
            committee, [], organisations,
            services.GetRequiredService<IReadRepository<ActionPlan>>(), services.GetRequiredService<IReadRepository<Campaign>>(), default);

        Assert.True(await organisations.CountAsync() > 2, "the demo holds more organisations than the two named");
        Assert.Equal(
            new HashSet<OrganisationId> { DemoIds.EducationOffice, DemoIds.Prefecture },
            lookups.Organisations.Select(o => o.Id).ToHashSet());
        Assert.Equal(ActivitiesText.Get("Field.Unknown"), lookups.OrganisationName(unknown));
        Assert.Empty(none.Organisations);
        Assert.NotEmpty(none.Municipalities);
    }
}
