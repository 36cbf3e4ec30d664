using System.Linq.Expressions;
using Ardalis.Specification;
using Krat.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Krat.Infrastructure.Repositories;

/// <summary>
/// The EF Core repository that only reads: it runs specifications as no-tracking queries (EF Core's
/// <c>AsNoTracking</c>), so what it returns is a snapshot the unit of work does not follow. Loading is cheaper
/// (no change-tracking entries, no snapshots of original values) and a page that reads many aggregates does not
/// slow down later saves of the same request. Registered by <c>AddKrat</c> as <see cref="IReadRepository{T}"/>
/// and Ardalis's <see cref="IReadRepositoryBase{T}"/>.
/// </summary>
/// <remarks>
/// An aggregate read here is not tracked: changing it and saving it through an <see cref="IRepository{T}"/>
/// does not work (its new parts would be taken for existing ones). To change an aggregate, load it through
/// <see cref="IRepository{T}"/> (<see cref="EfRepository{T}"/>), which tracks. A specification that asks for
/// <c>AsTracking</c> explicitly is tracked here too. Projections (<c>Specification&lt;T, TResult&gt;</c>) are never
/// tracked unless they select whole entities. <see cref="KratDbContext.AuditOf"/> answers only for tracked
/// aggregates.
/// </remarks>
/// <typeparam name="T">The aggregate root.</typeparam>
public sealed class EfReadRepository<T> : EfReadRepositoryBase<T>
    where T : class, IAggregateRoot
{
    private readonly KratDbContext _context;

    /// <summary>Creates a read-only repository.</summary>
    /// <param name="context">The unit of work whose connection and committee scope the queries use.</param>
    /// <param name="evaluator">The specification evaluator.</param>
    public EfReadRepository(KratDbContext context, ISpecificationEvaluator evaluator)
        : base(SetOf(context).AsNoTracking(), evaluator)
    {
        _context = context;
    }

    /// <inheritdoc />
    /// <remarks>
    /// <paramref name="id"/> is the aggregate's strongly typed identity (such as an <c>OrganisationId</c>) or its
    /// <see cref="Guid"/>. Committee scoping applies; parts mapped as auto-included load with the root. Unlike
    /// <see cref="EfRepository{T}.GetByIdAsync{TId}"/> it always queries the database, and never returns an
    /// instance the unit of work tracks.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="id"/> is neither the key's type nor a <see cref="Guid"/> of a strongly typed key.</exception>
    public override Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
    {
        var keyProperty = _context.Model.FindEntityType(typeof(T))?.FindPrimaryKey()?.Properties[0]
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped with a key.");
        var key = RepositoryKeys.ToKey(keyProperty.ClrType, id);
        var entity = Expression.Parameter(typeof(T), "e");
        var stored = Expression.Call(typeof(EF), nameof(EF.Property), [keyProperty.ClrType], entity, Expression.Constant(keyProperty.Name));
        var wanted = Expression.Convert(Expression.Property(Expression.Constant(new KeyValue(key)), nameof(KeyValue.Value)), keyProperty.ClrType);
        var predicate = Expression.Lambda<Func<T, bool>>(Expression.Equal(stored, wanted), entity);
        return Source.FirstOrDefaultAsync(predicate, cancellationToken);
    }



    // Holds the key so EF Core sends it as a parameter rather than a literal (one cached query per aggregate type).
    private sealed record KeyValue(object Value);
}

/// <summary>Turns what callers pass to <c>GetByIdAsync</c> into a value of the key's type.</summary>
internal static class RepositoryKeys
{
    /// <summary>
    /// <paramref name="id"/> itself when it is of <paramref name="keyType"/>; a strongly typed key built from it
    /// when it is a <see cref="Guid"/> and the key is an <see cref="IEntityId"/>.
    /// </summary>
    public static object ToKey<TId>(Type keyType, TId id)
        where TId : notnull
    {
        if (id is Guid guid && keyType != typeof(Guid) && typeof(IEntityId).IsAssignableFrom(keyType))
        {
            return Activator.CreateInstance(keyType, guid)!;
        }

        return keyType.IsInstanceOfType(id)
            ? id
            : throw new ArgumentException($"The key of this aggregate is a {keyType.Name}, not a {id.GetType().Name}.", nameof(id));
    }
}
