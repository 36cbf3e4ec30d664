using Ardalis.Specification;
using Krat.Domain.Common;

namespace Krat.Infrastructure.Repositories;

/// <summary>
/// Reads aggregates of one kind through specifications; what hosts inject for pages that only read. Every
/// method returns lists or values, never a query. Committee-scoped aggregates are limited to the committee of
/// the current <see cref="Scoping.ICommitteeScope"/>. The registered implementation
/// (<see cref="EfReadRepository{T}"/>) does not track what it returns: the aggregates are snapshots, cheaper to
/// load, and are not saved when changed. To change an aggregate, load it through <see cref="IRepository{T}"/>,
/// whose reads (the same methods) are tracked.
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
public interface IReadRepository<T> : IReadRepositoryBase<T>
    where T : class, IAggregateRoot
{
    /// <summary>
    /// The aggregate with an identity, or <see langword="null"/> when there is none (or it belongs to another committee
    /// than the current scope's). Only the aggregate's own identity type is accepted (<see cref="IEntityId{TAggregate}"/>):
    /// a <c>CommitteeId</c> passed to the repository of organisations does not compile. This hides Ardalis's
    /// <see cref="IReadRepositoryBase{T}.GetByIdAsync{TId}"/>, which accepts any type.
    /// </summary>
    /// <typeparam name="TId">The aggregate's identity type, such as <c>OrganisationId</c> for <c>Organisation</c>.</typeparam>
    /// <param name="id">The identity.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The aggregate, or <see langword="null"/>.</returns>
    new Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : struct, IEntityId<T>;
}

/// <summary>
/// Loads and saves aggregates of one kind; what hosts inject to change data. What it loads is tracked by the
/// unit of work (unlike <see cref="IReadRepository{T}"/> when injected on its own).
/// </summary>
/// <remarks>
/// <para>
/// <b>Changes wait for <see cref="IRepositoryBase{T}.SaveChangesAsync"/>.</b> Unlike Ardalis's EF Core
/// repository, <c>AddAsync</c>, <c>AddRangeAsync</c>, <c>UpdateAsync</c>, <c>UpdateRangeAsync</c>,
/// <c>DeleteAsync</c> and <c>DeleteRangeAsync</c> only stage a change in the unit of work (the scoped
/// <see cref="KratDbContext"/>, shared by every repository of the same scope) and write nothing: the ones that
/// return a count return 0. The caller commits once with <c>SaveChangesAsync</c> on any repository of the scope,
/// which writes every staged change of every aggregate in one transaction — a seed or an import is all saved or
/// not at all. Until then another unit of work does not see the staged changes; when the save fails (a broken
/// constraint, a conflict), nothing of it is written and the changes stay staged in this unit of work, so
/// dispose of it (end the request or scope) rather than save again.
/// </para>
/// <para>
/// To change a loaded aggregate, call its verb and then <c>SaveChangesAsync</c> (a tracked aggregate needs no
/// <c>UpdateAsync</c>). To refuse a change when someone else saved the aggregate since the user loaded it, call
/// <see cref="UpdateAsync(T, int, CancellationToken)"/> (or <see cref="ExpectVersion"/>) with the version the user
/// saw before <c>SaveChangesAsync</c>: the version is checked by the save.
/// </para>
/// </remarks>
/// <typeparam name="T">The aggregate root.</typeparam>
public interface IRepository<T> : IRepositoryBase<T>, IReadRepository<T>
    where T : class, IAggregateRoot
{
    /// <summary>
    /// Declares the <see cref="IAggregateRoot.Version"/> a change is based on, for example the version a page
    /// showed the user and received back in a hidden field. Throws at once if the loaded aggregate is already
    /// at another version; otherwise the next save succeeds only if the database still holds that version.
    /// </summary>
    /// <param name="aggregate">A loaded aggregate.</param>
    /// <param name="loadedVersion">The version the user saw.</param>
    /// <exception cref="Errors.ConcurrencyConflictException">Someone else saved the aggregate since that version.</exception>
    void ExpectVersion(T aggregate, int loadedVersion);

    /// <summary>
    /// Stages a changed aggregate to be saved only if it is still at the version the user loaded (see
    /// <see cref="ExpectVersion"/>); the next <see cref="IRepositoryBase{T}.SaveChangesAsync"/> writes it and checks
    /// the version in the database.
    /// </summary>
    /// <param name="aggregate">The aggregate, loaded in this unit of work and changed through its verbs.</param>
    /// <param name="loadedVersion">The version the user saw.</param>
    /// <param name="cancellationToken">Not used: nothing is written here.</param>
    /// <returns>0: nothing is written until <c>SaveChangesAsync</c>.</returns>
    /// <exception cref="Errors.ConcurrencyConflictException">
    /// The loaded aggregate is already at another version (thrown here); someone else saved it since that version
    /// (thrown by <c>SaveChangesAsync</c>).
    /// </exception>
    Task<int> UpdateAsync(T aggregate, int loadedVersion, CancellationToken cancellationToken = default);
}
