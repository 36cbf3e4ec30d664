using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using NodaTime;
using NodaTime.Text;

namespace Krat.Infrastructure.Tests.TestSupport;

/// <summary>
/// A deterministic text of everything an aggregate exposes: every public property, recursively (parts, value
/// objects, code lists, NodaTime values, identities), one line per value. Two aggregates with the same
/// projection hold the same state. Parts (classes that are not records, in a collection) are listed in the order of
/// their text, because the database does not keep the order of rows; lists of values keep their order.
/// </summary>
public static class Projection
{
    private const int MaxDepth = 8;

    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(text, "", value, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, string path, object? value, int depth)
    {
        if (Scalar(value) is { } scalar)
        {
            text.Append(path).Append(" = ").Append(scalar).Append('\n');
            return;
        }

        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"The projection is too deep at {path}.");
        }

        if (value is IEnumerable items)
        {
            var parts = items.Cast<object?>().Select(item => Of(item, depth + 1)).ToList();
            var isEntities = items.Cast<object?>().Any(IsEntity);
            if (isEntities)
            {
                parts.Sort(StringComparer.Ordinal);
            }

            text.Append(path).Append(" count = ").Append(parts.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            for (var i = 0; i < parts.Count; i++)
            {
                foreach (var line in parts[i].Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    text.Append(path).Append('[').Append(i.ToString(CultureInfo.InvariantCulture)).Append(']').Append(line).Append('\n');
                }
            }

            return;
        }

        foreach (var property in value!.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            Write(text, path + "." + property.Name, property.GetValue(value), depth + 1);
        }
    }

    private static string Of(object? value, int depth)
    {
        var text = new StringBuilder();
        Write(text, "", value, depth);
        return text.ToString();
    }

    private static bool IsEntity(object? value) =>
        value is not null and not string && value.GetType().IsClass && value.GetType().GetMethod("<Clone>$") is null;

    private static string? Scalar(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        Enum e => e.GetType().Name + "." + e,
        bool b => b ? "true" : "false",
        IFormattable number when value.GetType().IsPrimitive || value is decimal => number.ToString(null, CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        IEntityId id => id.Value.ToString(),
        LocalDate d => LocalDatePattern.Iso.Format(d),
        LocalDateTime t => LocalDateTimePattern.ExtendedIso.Format(t),
        LocalTime t => LocalTimePattern.ExtendedIso.Format(t),
        Instant i => InstantPattern.ExtendedIso.Format(i),
        ZonedDateTime z => ZonedDateTimePattern.ExtendedFormatOnlyIso.Format(z),
        YearMonth m => YearMonthPattern.Iso.Format(m),
        Duration d => DurationPattern.Roundtrip.Format(d),
        DateInterval i => LocalDatePattern.Iso.Format(i.Start) + ".." + LocalDatePattern.Iso.Format(i.End),
        CountyCode c => c.ToString(),
        _ => null,
    };
}
