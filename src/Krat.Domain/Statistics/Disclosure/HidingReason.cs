using Krat.Domain.Common;

namespace Krat.Domain.Statistics.Disclosure;

/// <summary>
/// Why a figure of a <see cref="DisclosureDecision"/> is not shown. A code list for the committee's own signed-in
/// review only: public output (HTML, CSV, JSON) never tells a small count from a protecting one.
/// </summary>
public enum HidingReason
{
    /// <summary>Shown.</summary>
    [Label("E shfaqur", "Shown")]
    Shown = 1,

    /// <summary>A small count (1 to threshold − 1).</summary>
    [Label("Numër i vogël", "Small count")]
    SmallCount = 2,

    /// <summary>Hidden so that a small count cannot be worked out or narrowed from the rest.</summary>
    [Label("E fshehur për të mbrojtur një numër të vogël", "Hidden to protect a small count")]
    Protection = 3,

    /// <summary>Not broken down: the whole margin or view is withheld.</summary>
    [Label("Pa ndarje: shumë pak", "Not broken down: too few")]
    NotBrokenDown = 4,
}
