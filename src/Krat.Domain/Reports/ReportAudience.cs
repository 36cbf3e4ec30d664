using System.Linq.Expressions;
using Krat.Domain.Activities;
using Krat.Domain.Common;

namespace Krat.Domain.Reports;

/// <summary>
/// Whom a report is for, which decides which activities it counts: the public counts public activities only, the
/// committee counts all of them, internal ones included. A code list. Every report that counts activities takes
/// one explicitly; there is no default, and <c>default(ReportAudience)</c> (0) is refused.
/// </summary>
public enum ReportAudience
{
    /// <summary>Anyone, without signing in (published pages, charts, CSV, JSON, printable views): public activities only.</summary>
    [Label("Publiku", "The public")]
    Public = 1,

    /// <summary>The committee's signed-in users: every activity, internal ones included.</summary>
    [Label("Komiteti", "The committee")]
    Committee = 2,
}

/// <summary>A report that counts activities, and so says for whom it was made and what it counts.</summary>
public interface IAudienceReport : ITabularReport
{
    /// <summary>Whom the report is for, so which activities it counts.</summary>
    ReportAudience Audience { get; }
}

/// <summary>
/// The one rule of which activities an audience sees, shared by the reports, the activities list and its export
/// (<see cref="Activities.Specifications.ActivitiesFilter.Audience"/>) and a site's own checks.
/// </summary>
public static class ReportAudiences
{
    private static readonly Expression<Func<Activity, bool>> PublicOnly = a => a.Visibility == Visibility.Public;
    private static readonly Expression<Func<Activity, bool>> Everything = a => true;
    private static readonly Func<Activity, bool> PublicOnlyCompiled = PublicOnly.Compile();

    /// <summary>The activities an audience counts, as an expression a query (SQL) or a list (memory) applies.</summary>
    /// <param name="audience">The audience.</param>
    /// <returns><c>Visibility == Public</c> for the public; every activity for the committee.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The audience is not a defined code (such as <c>default</c>).</exception>
    public static Expression<Func<Activity, bool>> Counts(ReportAudience audience) =>
        Checked(audience) == ReportAudience.Public ? PublicOnly : Everything;

    /// <summary>Whether an audience counts (and may see) an activity: the same rule as <see cref="Counts"/>.</summary>
    /// <param name="audience">The audience.</param>
    /// <param name="activity">The activity.</param>
    /// <returns><see langword="true"/> when the audience counts it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The audience is not a defined code.</exception>
    public static bool Sees(this ReportAudience audience, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Checked(audience) != ReportAudience.Public || PublicOnlyCompiled(activity);
    }

    /// <summary>
    /// What a report for the audience counts, as the pages and exports print it: "vetëm aktivitetet publike" /
    /// "public activities only", or "të gjitha aktivitetet, përfshirë të brendshmet" / "all activities, internal included".
    /// </summary>
    /// <param name="audience">The audience.</param>
    /// <returns>The text in Albanian and English.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The audience is not a defined code.</exception>
    public static Label Counted(this ReportAudience audience) =>
        Checked(audience) == ReportAudience.Public
            ? new Label("vetëm aktivitetet publike", "public activities only")
            : new Label("të gjitha aktivitetet, përfshirë të brendshmet", "all activities, internal included");

    /// <summary>The note every table of a report for the audience carries: "Numëron: …" / "Counts: …" (<see cref="Counted"/>).</summary>
    /// <param name="audience">The audience.</param>
    /// <returns>The note in Albanian and English.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The audience is not a defined code.</exception>
    public static Label Note(this ReportAudience audience)
    {
        var counted = audience.Counted();
        return new Label($"Numëron: {counted.Albanian}.", $"Counts: {counted.English}.");
    }

    /// <summary>The audience, checked to be a defined code.</summary>
    /// <param name="audience">The audience.</param>
    /// <returns>The same audience.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The audience is not a defined code (such as <c>default</c>).</exception>
    public static ReportAudience Checked(ReportAudience audience) =>
        audience is ReportAudience.Public or ReportAudience.Committee
            ? audience
            : throw new ArgumentOutOfRangeException(nameof(audience), audience, "A report needs an audience: ReportAudience.Public or ReportAudience.Committee.");
}
