using System.Collections.Frozen;
using System.Reflection;

namespace Krat.Domain.Common;

/// <summary>
/// The labelled values of the code lists of the domain (activity kinds, target groups, organisation kinds…):
/// enums whose every member carries a <see cref="LabelAttribute"/> with its Albanian and English label.
/// </summary>
public static class CodeList
{
    /// <summary>Every code of a code list with its label, in declaration order.</summary>
    /// <typeparam name="TCode">The enum of the code list.</typeparam>
    /// <returns>The codes and labels.</returns>
    public static IReadOnlyList<KeyValuePair<TCode, Label>> All<TCode>()
        where TCode : struct, Enum => Cache<TCode>.Ordered;

    /// <summary>The label of one code.</summary>
    /// <typeparam name="TCode">The enum of the code list.</typeparam>
    /// <param name="code">A defined member of the code list.</param>
    /// <returns>Its Albanian and English label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of the code list.</exception>
    public static Label LabelOf<TCode>(TCode code)
        where TCode : struct, Enum =>
        Cache<TCode>.Labels.TryGetValue(code, out var label)
            ? label
            : throw new ArgumentOutOfRangeException(nameof(code), code, $"{code} is not a value of {typeof(TCode).Name}.");

    /// <summary>Whether a value is a member of a code list.</summary>
    /// <typeparam name="TCode">The enum of the code list.</typeparam>
    /// <param name="code">The value to check.</param>
    /// <returns><see langword="true"/> when the value is defined.</returns>
    public static bool IsDefined<TCode>(TCode code)
        where TCode : struct, Enum => Cache<TCode>.Labels.ContainsKey(code);

    /// <summary>The Albanian and English label of a code.</summary>
    /// <typeparam name="TCode">The enum of the code list.</typeparam>
    /// <param name="code">A defined member of the code list.</param>
    /// <returns>The label.</returns>
    public static Label Label<TCode>(this TCode code)
        where TCode : struct, Enum => LabelOf(code);

    private static class Cache<TCode>
        where TCode : struct, Enum
    {
        internal static readonly FrozenDictionary<TCode, Label> Labels =
            typeof(TCode).GetFields(BindingFlags.Public | BindingFlags.Static).ToFrozenDictionary(
                field => (TCode)field.GetValue(null)!,
                field => field.GetCustomAttribute<LabelAttribute>() is { } a
                    ? new Label(a.Albanian, a.English)
                    : throw new InvalidOperationException($"{typeof(TCode).Name}.{field.Name} has no [Label]."));

        internal static readonly IReadOnlyList<KeyValuePair<TCode, Label>> Ordered =
            [.. Enum.GetValues<TCode>().Select(code => new KeyValuePair<TCode, Label>(code, Labels[code]))];
    }
}
