using Krat.Domain.Common;

namespace Krat.Domain.Activities;

/// <summary>
/// How many people an activity reached: a total and two optional breakdowns, women/men and children/adults.
/// A part of a breakdown may be left out (unknown); the parts given of each breakdown never add up to more than
/// the total (they may add up to less, when some people were not counted by sex or age). Equality is by value.
/// </summary>
public sealed record Reach
{
    /// <summary>The largest number of people one activity may record (a guard against typing errors).</summary>
    public const int MaxTotal = 1_000_000;

    private Reach(int total, int? women, int? men, int? children, int? adults)
    {
        Total = total;
        Women = women;
        Men = men;
        Children = children;
        Adults = adults;
    }

    /// <summary>Everyone reached, 0 to <see cref="MaxTotal"/>.</summary>
    public int Total { get; private init; }

    /// <summary>Women and girls among them, when counted.</summary>
    public int? Women { get; private init; }

    /// <summary>Men and boys among them, when counted.</summary>
    public int? Men { get; private init; }

    /// <summary>Children (under 18) among them, when counted.</summary>
    public int? Children { get; private init; }

    /// <summary>Adults among them, when counted.</summary>
    public int? Adults { get; private init; }

    /// <summary>Records the people reached.</summary>
    /// <param name="total">Everyone reached, 0 to <see cref="MaxTotal"/>.</param>
    /// <param name="women">Women and girls, when counted; ≥ 0.</param>
    /// <param name="men">Men and boys, when counted; ≥ 0.</param>
    /// <param name="children">Children, when counted; ≥ 0.</param>
    /// <param name="adults">Adults, when counted; ≥ 0.</param>
    /// <returns>The reach.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative or the total is above <see cref="MaxTotal"/>.</exception>
    /// <exception cref="ArgumentException">Women and men, or children and adults, add up to more than the total.</exception>
    public static Reach Of(int total, int? women = null, int? men = null, int? children = null, int? adults = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(total, MaxTotal);
        NotNegative(women, nameof(women));
        NotNegative(men, nameof(men));
        NotNegative(children, nameof(children));
        NotNegative(adults, nameof(adults));
        var bySex = (long)(women ?? 0) + (men ?? 0);
        if (bySex > total)
        {
            throw new DomainArgumentException(
                new Label(
                    $"Gratë ({women ?? 0}) dhe burrat ({men ?? 0}) bëjnë gjithsej {bySex}, më shumë se totali i personave të arritur ({total}).",
                    $"Women ({women ?? 0}) and men ({men ?? 0}) add up to {bySex}, more than the {total} people reached."),
                nameof(men));
        }

        var byAge = (long)(children ?? 0) + (adults ?? 0);
        if (byAge > total)
        {
            throw new DomainArgumentException(
                new Label(
                    $"Fëmijët ({children ?? 0}) dhe të rriturit ({adults ?? 0}) bëjnë gjithsej {byAge}, më shumë se totali i personave të arritur ({total}).",
                    $"Children ({children ?? 0}) and adults ({adults ?? 0}) add up to {byAge}, more than the {total} people reached."),
                nameof(adults));
        }

        return new Reach(total, women, men, children, adults);
    }

    /// <summary>The sum of several reaches, part by part; a part is known in the sum only when it is known in every reach.</summary>
    /// <param name="reaches">The reaches to add.</param>
    /// <returns>The sum; <c>Reach.Of(0)</c> for none.</returns>
    public static Reach Sum(IEnumerable<Reach> reaches)
    {
        ArgumentNullException.ThrowIfNull(reaches);
        var list = reaches.ToList();
        static int? Part(List<Reach> all, Func<Reach, int?> part) =>
            all.Count > 0 && all.TrueForAll(r => part(r).HasValue) ? all.Sum(r => part(r)!.Value) : null;
        return new Reach(
            list.Sum(r => r.Total),
            Part(list, r => r.Women),
            Part(list, r => r.Men),
            Part(list, r => r.Children),
            Part(list, r => r.Adults));
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Total} (women {Women?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}, men {Men?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}, children {Children?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}, adults {Adults?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"})";

    private static void NotNegative(int? value, string name)
    {
        if (value is < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "A count of people cannot be negative.");
        }
    }
}
