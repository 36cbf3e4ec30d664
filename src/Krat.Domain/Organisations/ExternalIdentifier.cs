using Krat.Domain.Common;

namespace Krat.Domain.Organisations;

/// <summary>
/// An identifier of an organisation in an outside register, with its scheme: for example a NIPT under
/// <c>AL-QKB</c> (Albania's National Business Centre) or UNDP as <c>XM-DAC-41114</c> (IATI organisation
/// identifiers). Equality is by scheme and value.
/// </summary>
public sealed record ExternalIdentifier
{
    /// <summary>The longest scheme accepted.</summary>
    public const int MaxSchemeLength = 20;

    /// <summary>The longest value accepted.</summary>
    public const int MaxValueLength = 60;

    private ExternalIdentifier(string scheme, string value)
    {
        Scheme = scheme;
        Value = value;
    }

    /// <summary>The register, such as <c>AL-QKB</c> or <c>XM-DAC</c>; upper case.</summary>
    public string Scheme { get; private init; }

    /// <summary>The identifier within the register.</summary>
    public string Value { get; private init; }

    /// <summary>Creates an identifier.</summary>
    /// <param name="scheme">The register; trimmed and upper-cased; at most <see cref="MaxSchemeLength"/> characters.</param>
    /// <param name="value">The identifier; trimmed; at most <see cref="MaxValueLength"/> characters.</param>
    /// <returns>The identifier.</returns>
    public static ExternalIdentifier From(string scheme, string value) =>
        new(Require.Text(scheme, nameof(scheme), MaxSchemeLength).ToUpperInvariant(), Require.Text(value, nameof(value), MaxValueLength));

    /// <inheritdoc />
    public override string ToString() => $"{Scheme}:{Value}";
}
