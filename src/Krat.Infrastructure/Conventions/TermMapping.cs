using System.Linq.Expressions;
using Krat.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Krat.Infrastructure.Conventions;

/// <summary>Mapping helpers for Krat's value objects.</summary>
public static class KratMappingExtensions
{
    /// <summary>
    /// Maps a <see cref="Term"/> as a complex type in two columns of the owner's table:
    /// <c>{prefix}Start</c> (required, <c>uuuu-MM-dd</c>) and <c>{prefix}End</c> (nullable; <see langword="null"/>
    /// while the term is open). Queries can filter on <c>x.Term.Start</c> and <c>x.Term.End</c> in SQL.
    /// </summary>
    /// <typeparam name="TEntity">The owning entity.</typeparam>
    /// <param name="builder">The owner's builder.</param>
    /// <param name="term">The term property.</param>
    /// <param name="columnPrefix">The prefix of the two columns; the property name when omitted (<c>TermStart</c>, <c>TermEnd</c>).</param>
    /// <returns>The same builder.</returns>
    public static EntityTypeBuilder<TEntity> HasTerm<TEntity>(this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, Term?>> term, string? columnPrefix = null)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(term);
        var prefix = columnPrefix ?? (term.Body as MemberExpression)?.Member.Name ?? nameof(Term);
        builder.ComplexProperty(term, t =>
        {
            t.IsRequired();
            t.Property(x => x.Start).HasColumnName(prefix + nameof(Term.Start)).IsRequired();
            t.Property(x => x.End).HasColumnName(prefix + nameof(Term.End));
        });
        return builder;
    }
}
