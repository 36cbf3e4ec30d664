using Krat.Demo.Durres;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Krat.Infrastructure.Tests.Organisations;

public abstract class OrganisationPersistenceTests(TestProvider provider) : IDisposable
{
    protected TestProvider Provider => provider;

    private readonly TestDatabase _database = TestDatabase.Migrated(provider);

    public void Dispose() => _database.Dispose();

    [SkippableFact]
    public async Task Organisation_RoundTrips_WithDiacriticsAndIdentifiers_InANewContext()
    {
        var organisation = Organisation.Register("Drejtoria Rajonale e Shërbimit Social Shtetëror Durrës", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, CountyCode.From("AL-02"), "Regional Directorate of State Social Services", "DRSHSSH", id: DemoIds.StateSocialServices);
        organisation.AddIdentifier(ExternalIdentifier.From("al-qkb", "L12345678A"));
        organisation.AddIdentifier(ExternalIdentifier.From("XM-DAC", "41114"));
        await using (var context = _database.KratContext())
        {
            context.Add(organisation);
            await context.SaveChangesAsync();
        }

        await using var reading = _database.KratContext();
        var loaded = await reading.Set<Organisation>().SingleAsync(o => o.Id == DemoIds.StateSocialServices);

        Assert.NotSame(organisation, loaded);
        Assert.Equal("Drejtoria Rajonale e Shërbimit Social Shtetëror Durrës", loaded.Name);
        Assert.Equal("Regional Directorate of State Social Services", loaded.EnglishName);
        Assert.Equal("DRSHSSH", loaded.Acronym);
        Assert.Equal(OrganisationKind.RegionalStateInstitution, loaded.Kind);
        Assert.Equal(OrganisationLevel.Regional, loaded.Level);
        Assert.Equal(CountyCode.From("AL-02"), loaded.County);
        Assert.Equal("drejtoria rajonale e sherbimit social shteteror durres regional directorate of state social services drshssh", reading.Entry(loaded).Property<string>("SearchText").CurrentValue);
        Assert.Equal("drejtoria rajonale e sherbimit social shteteror durres", reading.Entry(loaded).Property<string>("SortKey").CurrentValue);
        Assert.Equal([ExternalIdentifier.From("AL-QKB", "L12345678A"), ExternalIdentifier.From("XM-DAC", "41114")], loaded.Identifiers);
        Assert.Equal(0, loaded.Version);
    }

    [SkippableFact]
    public async Task Organisation_IsStored_WithReadableColumns()
    {
        await using (var context = _database.KratContext())
        {
            context.Add(Organisation.Register("Bashkia Krujë", OrganisationKind.LocalGovernment, OrganisationLevel.Local, CountyCode.From("AL-02"), id: DemoIds.MunicipalityKruje));
            await context.SaveChangesAsync();
        }

        var id = DemoIds.MunicipalityKruje.Value.ToString().ToUpperInvariant();
        Assert.Equal("AL-02", _database.Scalar($"SELECT County FROM Organisations WHERE Id = '{id}'"));
        Assert.Equal(4L, _database.Scalar($"SELECT Kind FROM Organisations WHERE Id = '{id}'"));
        Assert.Equal("bashkia kruje", _database.Scalar($"SELECT SortKey FROM Organisations WHERE Id = '{id}'"));
    }

    [SkippableFact]
    public async Task Save_FillsAuditColumns_FromClockAndCurrentUser_AndRaisesVersionOnChange()
    {
        var created = _database.Clock.GetCurrentInstant();
        await using (var context = _database.KratContext(new TestUser("ana.hoxha")))
        {
            context.Add(Organisation.Register("Prefektura e Qarkut Durrës", OrganisationKind.Prefecture, OrganisationLevel.Regional, CountyCode.From("AL-02"), id: DemoIds.Prefecture));
            await context.SaveChangesAsync();
        }

        _database.Clock.Advance(Duration.FromHours(2));
        await using (var context = _database.KratContext(new TestUser("besnik.leka")))
        {
            var organisation = await context.Set<Organisation>().SingleAsync(o => o.Id == DemoIds.Prefecture);
            organisation.Rename("Prefektura e Qarkut Durrës", "Durrës Prefecture", "PQD");
            await context.SaveChangesAsync();
            Assert.Equal(1, organisation.Version);
        }

        await using var reading = _database.KratContext();
        var loaded = await reading.Set<Organisation>().SingleAsync(o => o.Id == DemoIds.Prefecture);
        Assert.Equal(new AuditStamp(created, "ana.hoxha", created + Duration.FromHours(2), "besnik.leka"), reading.AuditOf(loaded));
        Assert.Equal(1, loaded.Version);
    }

    [SkippableFact]
    public async Task AddingAnIdentifier_RaisesTheVersion_AndQueriesIntoTheJsonColumnRunInSql()
    {
        Engine.SkipOnPostgreSql(Provider, Engine.SqliteSqlText);
        await using (var context = _database.KratContext())
        {
            context.Add(Organisation.Register("UNDP", OrganisationKind.Multilateral, OrganisationLevel.Central, null, id: DemoIds.Undp));
            await context.SaveChangesAsync();
        }

        await using (var context = _database.KratContext())
        {
            var undp = await context.Set<Organisation>().SingleAsync(o => o.Id == DemoIds.Undp);
            undp.AddIdentifier(ExternalIdentifier.From("XM-DAC", "41114"));
            await context.SaveChangesAsync();
        }

        await using var reading = _database.KratContext();
        var query = reading.Set<Organisation>().Where(o => o.Identifiers.Any(i => i.Scheme == "XM-DAC" && i.Value == "41114"));
        var found = await query.SingleAsync();
        Assert.Contains("json_each", query.ToQueryString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, found.Version);
    }

    [SkippableFact]
    public async Task RemovingAnIdentifier_IsSaved()
    {
        var organisation = Organisation.Register("Shoqata Sot për të Ardhmen", OrganisationKind.Ngo, OrganisationLevel.Regional, CountyCode.From("AL-02"), id: DemoIds.SotPerTeArdhmen);
        organisation.AddIdentifier(ExternalIdentifier.From("AL-QKB", "K99999999Z"));
        await using (var context = _database.KratContext())
        {
            context.Add(organisation);
            await context.SaveChangesAsync();
        }

        await using (var context = _database.KratContext())
        {
            var loaded = await context.Set<Organisation>().SingleAsync();
            Assert.True(loaded.RemoveIdentifier("al-qkb"));
            await context.SaveChangesAsync();
        }

        await using var reading = _database.KratContext();
        var reloaded = await reading.Set<Organisation>().SingleAsync();
        Assert.Empty(reloaded.Identifiers);
        Assert.Equal(1, reloaded.Version);
    }

    public sealed class Sqlite() : OrganisationPersistenceTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : OrganisationPersistenceTests(TestProvider.PostgreSql);
}
