using Ardalis.Specification;
using Krat.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Repositories;

/// <summary>
/// The EF Core repository of an aggregate root that loads and saves, running specifications through an
/// <see cref="ISpecificationEvaluator"/> (by default <see cref="Specifications.SpecificationEvaluator.Default"/>).
/// What it loads is tracked by the unit of work, so a verb's changes are saved by
/// <see cref="SaveChangesAsync"/> or <see cref="UpdateAsync(T, int, CancellationToken)"/>. Registered for every
/// aggregate by <c>AddKrat</c> as <see cref="IRepository{T}"/> and Ardalis's <see cref="IRepositoryBase{T}"/>;
/// pages that only read get the no-tracking <see cref="EfReadRepository{T}"/> as <see cref="IReadRepository{T}"/>.
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
public sealed class EfRepository<T> : EfReadRepositoryBase<T>, IRepository<T>
    where T : class, IAggregateRoot
{
    private readonly KratDbContext _context;

    /// <summary>Creates a repository.</summary>
    /// <param name="context">The unit of work.</param>
    /// <param name="evaluator">The specification evaluator.</param>
    public EfRepository(KratDbContext context, ISpecificationEvaluator evaluator)
        : base(SetOf(context), evaluator)
    {
        _context = context;
    }

    private DbSet<T> Set => _context.Set<T>();

    /// <inheritdoc />
    public async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        Set.Add(entity);
        await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <inheritdoc />
    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = entities.ToList();
        Set.AddRange(list);
        await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <inheritdoc />
    /// <remarks>A tracked aggregate is saved as it is (its changes are detected); a detached one is attached as modified.</remarks>
    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        MarkUpdated(entity);
        return SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> UpdateAsync(T aggregate, int loadedVersion, CancellationToken cancellationToken = default)
    {
        MarkUpdated(aggregate);
        ExpectVersion(aggregate, loadedVersion);
        return SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            MarkUpdated(entity);
        }

        return SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        Set.Remove(entity);
        return SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        Set.RemoveRange(entities);
        return SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var entities = await Apply(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        Set.RemoveRange(entities);
        return await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => _context.SaveChangesAsync(cancellationToken);

    /// <inheritdoc />
    public void ExpectVersion(T aggregate, int loadedVersion) => _context.ExpectVersion(aggregate, loadedVersion);

    /// <inheritdoc />
    /// <remarks>
    /// <paramref name="id"/> is the aggregate's strongly typed identity (such as an <c>OrganisationId</c>) or its
    /// <see cref="Guid"/>. Committee scoping applies; parts mapped as auto-included load with the root.
    /// </remarks>
    public override async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
    {
        var keyType = _context.Model.FindEntityType(typeof(T))?.FindPrimaryKey()?.Properties[0].ClrType;
        var key = keyType is null ? id : RepositoryKeys.ToKey(keyType, id);
        return await Set.FindAsync([key], cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    Task<T?> IReadRepository<T>.GetByIdAsync<TId>(TId id, CancellationToken cancellationToken) => GetByIdAsync(id, cancellationToken);

    private void MarkUpdated(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (_context.Entry(entity).State == EntityState.Detached)
        {
            Set.Update(entity);
        }
    }
}
