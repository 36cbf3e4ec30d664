#region setup
using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.People;
using Krat.Infrastructure.Repositories;
using NodaTime;
using ServiceProvider = Krat.Domain.Partnerships.ServiceProvider;   // not Microsoft.Extensions.DependencyInjection's

namespace Prefektura.Korce.Setup;
/// <summary>Creates KRAT Korçë and its first autumn in an empty database: the steps of the guide, saved in one transaction.</summary>
public sealed class KorceSetup(
    IRepository<Organisation> organisations,
    IRepository<Person> people,
    IRepository<Committee> committees,
    IRepository<Meeting> meetings,
    IRepository<Campaign> campaigns,
    IRepository<Activity> activities,
    IRepository<ServiceProvider> providers,
    IClock clock)
{
    /// <summary>Runs every step for the October of <paramref name="year"/> (a year that has ended its October).</summary>
    /// <param name="year">The year of the awareness month.</param>
    /// <param name="cancellationToken">Cancels the saves.</param>
    /// <returns>What was created, for the caller to show or check.</returns>
    public async Task<KorceCreated> RunAsync(int year, CancellationToken cancellationToken)
    {
        // "Today" is Albania's day of the host's clock: NodaTime's IClock (SystemClock unless the host registers another).
        var now = clock.GetCurrentInstant();
        var today = Albania.Today(clock);
        var from = new LocalDate(year, 1, 1);

        var directory = new KorceDirectory(from);
        await organisations.AddRangeAsync(directory.Organisations, cancellationToken);    // AddAsync and AddRangeAsync only stage
        await people.AddRangeAsync(directory.People, cancellationToken);

        var committee = KorceCommittee.Establish(directory, from);
        await committees.AddAsync(committee, cancellationToken);

        var closingDay = new LocalDate(year, 10, 30);
        var meeting = KorceMeeting.HoldClosingMeeting(committee, directory, closingDay, now);
        await meetings.AddAsync(meeting, cancellationToken);

        var (campaign, work) = KorceWork.RecordOctober(committee, directory, year, today);
        await campaigns.AddAsync(campaign, cancellationToken);
        await activities.AddRangeAsync(work, cancellationToken);

        // The committee staged above is tracked by the unit of work: change it through its verb, nothing more to stage.
        var provider = KorceWork.JoinTechnicalTable(committee, directory, closingDay);
        await providers.AddAsync(provider, cancellationToken);

        // One commit for everything staged by every repository of this scope: all of it is saved, or none.
        await committees.SaveChangesAsync(cancellationToken);

        return new KorceCreated(directory, committee.Id, meeting.Id, campaign.Id, provider.Id, work);
    }

    /// <summary>The committee of Korçë County, if it exists: what a page asks first.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The committee's identity, or <see langword="null"/>.</returns>
    public async Task<CommitteeId?> FindCommitteeAsync(CancellationToken cancellationToken) =>
        (await committees.GetCommitteeOfCountyAsync(KorceDirectory.County, cancellationToken))?.Id;
}

/// <summary>What <see cref="KorceSetup.RunAsync"/> created.</summary>
/// <param name="Directory">The organisations and people.</param>
/// <param name="CommitteeId">KRAT Korçë.</param>
/// <param name="MeetingId">The closing meeting of the awareness month.</param>
/// <param name="CampaignId">The awareness month.</param>
/// <param name="ProviderId">The shelter, at the Technical Table since the closing meeting.</param>
/// <param name="Activities">The activities of October.</param>
public sealed record KorceCreated(
    KorceDirectory Directory,
    CommitteeId CommitteeId,
    MeetingId MeetingId,
    CampaignId CampaignId,
    ServiceProviderId ProviderId,
    IReadOnlyList<Activity> Activities);
#endregion
