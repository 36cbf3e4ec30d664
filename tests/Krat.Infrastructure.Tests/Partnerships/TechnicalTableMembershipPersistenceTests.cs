using Krat.Demo.Durres;
using Krat.Domain.Committees;
using Krat.Domain.Initiatives;
using Krat.Domain.Partnerships;
using Krat.Infrastructure.Repositories;
using Krat.Infrastructure.Specifications;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Partnerships;

// A provider's Technical Table seat (its provider, services and grant order), the provider's membership and an
// initiative's proposing people survive a save and a reload; leaving saves both aggregates in one unit of work.
public abstract class TechnicalTableMembershipPersistenceTests : IDisposable
{
    private readonly TestDatabase _database;
    private readonly DurresScenario _scenario;

    protected TechnicalTableMembershipPersistenceTests(TestProvider provider) =>
        (_database, _scenario) = DurresDatabase.Create(provider);

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task TheResilienceCentresSeat_IsStoredWithItsProviderServicesAndGrantOrder()
    {
        await using var context = _database.KratContext();

        var committee = await context.Set<Committee>().SingleAsync(c => c.Id == DemoIds.KratDurres);
        var provider = await context.Set<ServiceProvider>().SingleAsync(p => p.Id == DemoIds.ResilienceCentreProvider);
        var seat = committee.FindSeat(DemoIds.TechnicalTableSeat(DemoIds.ResilienceCentre))!;

        Assert.Equal(DemoIds.ResilienceCentreProvider, seat.ServiceProviderId);
        Assert.Equal(_scenario.ResilienceCentreProvider.ServiceTypes, seat.Services);
        Assert.Equal(seat.Id, provider.TechnicalTableSeatId);
        Assert.Null(provider.TechnicalTableUntil);
        Assert.True(TechnicalTableMembership.InStep(committee, provider));
        Assert.Equal(
            _scenario.KratDurres.Seats.Select(s => (s.Id, s.GrantOrder)).OrderBy(s => s.GrantOrder),
            committee.Seats.Select(s => (s.Id, s.GrantOrder)).OrderBy(s => s.GrantOrder));
        Assert.DoesNotContain(committee.Seats, s => s.Id != seat.Id && (s.ServiceProviderId is not null || s.Services.Count > 0));
    }

    [SkippableFact]
    public async Task Leave_SavesTheEndedSeatAndTheProvidersLastDay_InOneSave()
    {
        var last = new LocalDate(2024, 6, 30);
        await using (var context = _database.KratContext())
        {
            var committees = new EfRepository<Committee>(context, SpecificationEvaluator.Default);
            var providers = new EfRepository<ServiceProvider>(context, SpecificationEvaluator.Default);
            var committee = (await committees.GetByIdAsync(DemoIds.KratDurres))!;
            var provider = (await providers.GetByIdAsync(DemoIds.ResilienceCentreProvider))!;

            TechnicalTableMembership.Leave(committee, provider, last);
            await committees.SaveChangesAsync();
        }

        await using var reading = _database.KratContext();
        var stored = await reading.Set<Committee>().SingleAsync(c => c.Id == DemoIds.KratDurres);
        var storedProvider = await reading.Set<ServiceProvider>().SingleAsync(p => p.Id == DemoIds.ResilienceCentreProvider);
        var seat = stored.FindSeat(DemoIds.TechnicalTableSeat(DemoIds.ResilienceCentre))!;
        Assert.Equal(last, seat.Term.End);
        Assert.Equal(DurresScenario.ClosingDay, seat.Term.Start);
        Assert.Equal((last, DurresScenario.ClosingDay), (storedProvider.TechnicalTableUntil!.Value, storedProvider.TechnicalTableFrom!.Value));
        Assert.False(storedProvider.SitsAtTechnicalTable);
        Assert.True(TechnicalTableMembership.InStep(stored, storedProvider));
    }

    [SkippableFact]
    public async Task AnInitiativesProposingPeople_AreStoredBesideItsOrganisations()
    {
        await using (var context = _database.KratContext())
        {
            var initiative = await context.Set<Initiative>().SingleAsync(i => i.Id == DemoIds.PupilsProject);
            Assert.Equal([DemoIds.GjergjKastriotiHighSchool], initiative.ProposerIds);
            Assert.Empty(initiative.ProposerPersonIds);
            initiative.Edit(initiative.Details with { ProposerPersonIds = [DemoIds.FabiolaEgro] });
            await context.SaveChangesAsync();
        }

        await using var reading = _database.KratContext();
        var stored = await reading.Set<Initiative>().SingleAsync(i => i.Id == DemoIds.PupilsProject);
        Assert.Equal([DemoIds.FabiolaEgro], stored.ProposerPersonIds);
        Assert.Equal([DemoIds.GjergjKastriotiHighSchool], stored.ProposerIds);
    }

    public sealed class Sqlite() : TechnicalTableMembershipPersistenceTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : TechnicalTableMembershipPersistenceTests(TestProvider.PostgreSql);
}
