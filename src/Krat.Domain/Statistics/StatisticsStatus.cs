using Krat.Domain.Common;

namespace Krat.Domain.Statistics;

/// <summary>Where a victim statistics record is in its life: a draft the committee works on, or published. A code list.</summary>
public enum StatisticsStatus
{
    /// <summary>Being entered and checked; seen only by the committee's signed-in users; its counts may change.</summary>
    [Label("Projekt", "Draft")]
    Draft = 1,

    /// <summary>Published: the public sees its current version; its counts and period change only by a correction, which makes a new version.</summary>
    [Label("Publikuar", "Published")]
    Published = 2,
}
