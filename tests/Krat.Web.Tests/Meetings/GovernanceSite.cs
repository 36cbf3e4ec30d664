using Krat.Demo.Durres;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Infrastructure.Repositories;
using Krat.Web.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Krat.Web.Tests.Meetings;

/// <summary>
/// The demo site with the Durrës scenario in its database (seeded by the site in demo mode on start-up), plus
/// helpers that add records through the repositories, as another committee or a later meeting would be added.
/// </summary>
public sealed class GovernanceSite : KratWebFactory, IAsyncLifetime
{
    /// <summary>The reference scenario, to compute expected values from.</summary>
    public DurresScenario Scenario { get; } = DurresScenario.Build();

    private readonly SemaphoreSlim _korceLock = new(1, 1);
    private (Domain.Committees.Committee, Meeting)? _korce;

    /// <summary>The reference day of the scenario (the site's clock shows it).</summary>
    public static LocalDate ClosingDay { get; } = new(2023, 10, 31);

    public Task InitializeAsync()
    {
        _ = Server;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Adds an aggregate through its repository, outside any request.</summary>
    public async Task<T> AddAsync<T>(T aggregate)
        where T : class, Krat.Domain.Common.IAggregateRoot
    {
        await using var scope = Services.CreateAsyncScope();
        var repository = scope.ServiceProvider.GetRequiredService<IRepository<T>>();
        await repository.AddAsync(aggregate);
        await repository.SaveChangesAsync();
        return aggregate;
    }

    /// <summary>KRAT Korçë with one seat and one held meeting: another committee's records.</summary>
    public async Task<(Domain.Committees.Committee Committee, Meeting Meeting)> AddKorceAsync()
    {
        await _korceLock.WaitAsync();
        try
        {
            return _korce ??= await CreateKorceAsync();
        }
        finally
        {
            _korceLock.Release();
        }
    }

    private async Task<(Domain.Committees.Committee Committee, Meeting Meeting)> CreateKorceAsync()
    {
        var korce = Domain.Committees.Committee.Establish(CountyCode.From("AL-06"), "Komiteti Rajonal Antitrafik Korçë");
        korce.GrantSeat(DemoIds.Unicef, CommitteeBody.Committee, SeatRole.Observer, false, Term.From(new LocalDate(2023, 1, 1)));
        await AddAsync(korce);
        var day = new LocalDate(2023, 9, 12);
        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = korce.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = day.At(new LocalTime(10, 0)), End = day.At(new LocalTime(11, 0)), Place = "Prefektura e Qarkut Korçë" });
        meeting.MarkHeld(meeting.EndsAt);
        await AddAsync(meeting);
        return (korce, meeting);
    }

    /// <summary>Sets the site's clock to <paramref name="moment"/> until the result is disposed (tests of one class run one at a time).</summary>
    public IDisposable ClockAt(Instant moment)
    {
        var before = Clock.GetCurrentInstant();
        Clock.Reset(moment);
        return new Restore(() => Clock.Reset(before));
    }

    private sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }

    /// <summary>A meeting of KRAT Durrës on <paramref name="day"/>, planned or held (draft minutes).</summary>
    public Task<Meeting> AddDurresMeetingAsync(LocalDate day, bool held, string place = "Salla e mbledhjeve, Prefektura Durrës", string? title = null)
    {
        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = DemoIds.KratDurres, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = day.At(new LocalTime(9, 30)), End = day.At(new LocalTime(11, 0)), Place = place, Title = title });
        if (held)
        {
            meeting.MarkHeld(meeting.EndsAt);
        }

        return AddAsync(meeting);
    }
}
