using Krat.Domain.Common;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Krat.Infrastructure.Tests.Persistence;

// Global rules of the model, checked by reflection so that a newly added aggregate cannot miss them.
public abstract class ModelConventionTests : IDisposable
{
    protected TestProvider Provider { get; }

    private readonly TestDatabase _database;
    private readonly KratDbContext _context;

    protected ModelConventionTests(TestProvider provider)
    {
        Provider = provider;
        _database = TestDatabase.Migrated(Provider);
        _context = _database.KratContext();
    }

    public void Dispose()
    {
        _context.Dispose();
        _database.Dispose();
    }

    [SkippableFact]
    public void EveryAggregateRootOfTheDomain_IsMapped()
    {
        var roots = typeof(IAggregateRoot).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAggregateRoot).IsAssignableFrom(t));

        var unmapped = roots.Where(t => _context.Model.FindEntityType(t) is null).Select(t => t.Name).ToList();

        Assert.True(unmapped.Count == 0, $"Add an IEntityTypeConfiguration in Krat.Infrastructure for: {string.Join(", ", unmapped)}");
    }

    [SkippableFact]
    public void EveryAggregateRoot_HasAVersionToken_AndAuditColumns()
    {
        foreach (var root in AggregateRoots())
        {
            Assert.True(root.FindProperty(nameof(IAggregateRoot.Version))!.IsConcurrencyToken, root.Name);
            foreach (var name in new[] { AuditProperties.CreatedAt, AuditProperties.CreatedBy, AuditProperties.ModifiedAt, AuditProperties.ModifiedBy })
            {
                var property = root.FindProperty(name);
                Assert.True(property is not null && property.IsShadowProperty() && !property.IsNullable, $"{root.Name}.{name}");
            }
        }
    }

    [SkippableFact]
    public void EveryCommitteeScopedAggregate_HasTheCommitteeFilter()
    {
        using var database = TestDatabase.WithTestModel(Provider);
        using var context = database.Context();
        var scoped = context.Model.GetEntityTypes().Where(e => typeof(ICommitteeScoped).IsAssignableFrom(e.ClrType)).ToList();

        Assert.NotEmpty(scoped);
        Assert.All(scoped, e => Assert.Contains(e.GetDeclaredQueryFilters(), f => f.Key == KratDbContext.CommitteeScopeFilter));
    }

    [SkippableFact]
    public void EveryStringColumn_OfAnAggregateTable_HasAMaximumLength()
    {
        var unbounded = _context.Model.GetEntityTypes()
            .Where(e => !e.IsMappedToJson())
            .SelectMany(e => e.GetProperties())
            .Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is null && !p.IsKey())
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}")
            .ToList();

        Assert.True(unbounded.Count == 0, $"Give these a length from a domain constant: {string.Join(", ", unbounded)}");
    }

    private IEnumerable<IEntityType> AggregateRoots() =>
        _context.Model.GetEntityTypes().Where(e => !e.IsOwned() && typeof(IAggregateRoot).IsAssignableFrom(e.ClrType));

    public sealed class Sqlite() : ModelConventionTests(TestProvider.Sqlite);

    public sealed class PostgreSql() : ModelConventionTests(TestProvider.PostgreSql);
}
