using System.Linq.Expressions;
using System.Reflection;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Krat.Infrastructure.Conventions;

/// <summary>
/// Converts a strongly typed identity (<c>readonly record struct XId(Guid Value) : IEntityId</c>) to its
/// <see cref="Guid"/>, which the SQLite provider stores as upper-case TEXT. Upper-case hexadecimal text sorts
/// as <see cref="Guid.CompareTo(Guid)"/> does, so ordering by an identity is the same in memory and in SQL.
/// </summary>
/// <typeparam name="TId">The identity type; it needs a public constructor taking the GUID.</typeparam>
internal sealed class EntityIdConverter<TId>() : ValueConverter<TId, Guid>(ToGuid(), FromGuid())
    where TId : struct, IEntityId
{
    private static Expression<Func<TId, Guid>> ToGuid() => id => id.Value;

    private static Expression<Func<Guid, TId>> FromGuid()
    {
        var constructor = typeof(TId).GetConstructor([typeof(Guid)])
            ?? throw new InvalidOperationException($"The identity {typeof(TId).Name} needs a public constructor taking a Guid.");
        var value = Expression.Parameter(typeof(Guid), "value");
        return Expression.Lambda<Func<Guid, TId>>(Expression.New(constructor, value), value);
    }
}

/// <summary><see cref="CountyCode"/> as its text, such as <c>AL-02</c>.</summary>
internal sealed class CountyCodeConverter() : ValueConverter<CountyCode, string>(
    code => code.Value,
    text => CountyCode.From(text));

/// <summary>Finds the strongly typed identities of the model.</summary>
internal static class EntityIds
{
    /// <summary>Every value type implementing <see cref="IEntityId"/> in the given assemblies.</summary>
    public static IEnumerable<Type> In(IEnumerable<Assembly> assemblies) =>
        assemblies
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsValueType: true, IsGenericTypeDefinition: false } && typeof(IEntityId).IsAssignableFrom(t));
}

/// <summary>
/// Reads a <see cref="decimal"/> back with no trailing zeros. SQLite has no decimal type; EF Core stores it as
/// text that always has a fraction (<c>27.0</c>), which would come back as <c>27.0m</c> — equal to <c>27m</c>
/// but printed differently. Stored text and SQL are unchanged; only the scale of the value read is normalised.
/// </summary>
internal sealed class NormalizedDecimalConverter() : ValueConverter<decimal, decimal>(
    value => value,
    value => value / 1.0000000000000000000000000000m);
