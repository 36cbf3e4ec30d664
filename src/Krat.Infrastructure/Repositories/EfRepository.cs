using Ardalis.Specification;
using Krat.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Repositories;

/// <summary>
/// The EF Core repository of an aggregate root that loads and saves, running specifications through an
/// <see cref="ISpecificationEvaluator"/> (by default <see cref="Specifications.SpecificationEvaluator.Default"/>).
/// What it loads is tracked by the unit of work. Adds, updates and deletes only stage the change in that unit of
/// work; <see cref="SaveChangesAsync"/> writes everything staged in one transaction (see <see cref="IRepository{T}"/>
/// for the contract). Registered for every
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
    /// <remarks>Stages the aggregate as new; it is written by the next <see cref="SaveChangesAsync"/>.</remarks>
    public Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Set.Add(entity);
        return Task.FromResult(entity);
    }

    /// <inheritdoc />
    /// <remarks>Stages the aggregates as new; they are written by the next <see cref="SaveChangesAsync"/>.</remarks>
    public Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        Set.AddRange(list);
        return Task.FromResult<IEnumerable<T>>(list);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Stages the change and returns 0 (nothing is written until <see cref="SaveChangesAsync"/>). A tracked
    /// aggregate needs no call at all (its changes are detected at save); a detached one is attached as modified.
    /// </remarks>
    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        MarkUpdated(entity);
        return NothingWritten;
    }

    /// <inheritdoc />
    public Task<int> UpdateAsync(T aggregate, int loadedVersion, CancellationToken cancellationToken = default)
    {
        MarkUpdated(aggregate);
        ExpectVersion(aggregate, loadedVersion);
        return NothingWritten;
    }

    /// <inheritdoc />
    /// <remarks>Stages the changes and returns 0 (nothing is written until <see cref="SaveChangesAsync"/>).</remarks>
    public Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            MarkUpdated(entity);
        }

        return NothingWritten;
    }

    /// <inheritdoc />
    /// <remarks>Stages the removal and returns 0 (nothing is written until <see cref="SaveChangesAsync"/>).</remarks>
    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Set.Remove(entity);
        return NothingWritten;
    }

    /// <inheritdoc />
    /// <remarks>Stages the removals and returns 0 (nothing is written until <see cref="SaveChangesAsync"/>).</remarks>
    public Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        Set.RemoveRange(entities);
        return NothingWritten;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Loads the aggregates the specification selects and stages their removal; returns 0 (nothing is written
    /// until <see cref="SaveChangesAsync"/>).
    /// </remarks>
    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var entities = await Apply(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        Set.RemoveRange(entities);
        return 0;
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

    // What the staging methods return: the count of rows written, none until SaveChangesAsync.
    private static readonly Task<int> NothingWritten = Task.FromResult(0);

    private void MarkUpdated(T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (_context.Entry(entity).State == EntityState.Detached)
        {
            Set.Update(entity);
        }
    }
}
