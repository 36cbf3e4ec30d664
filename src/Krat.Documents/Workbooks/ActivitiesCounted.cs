using Krat.Domain.Common;

namespace Krat.Documents.Workbooks;

/// <summary>Which activities a report counts, as its cover sheet says. A code list.</summary>
public enum ActivitiesCounted
{
    /// <summary>Public activities only: the figures the committee publishes.</summary>
    [Label("Vetëm aktivitetet publike", "Public activities only")]
    PublicOnly = 1,

    /// <summary>All activities, internal ones included: the committee's own view.</summary>
    [Label("Të gjitha aktivitetet", "All activities")]
    All = 2,
}
