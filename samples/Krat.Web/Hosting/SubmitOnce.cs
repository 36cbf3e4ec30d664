namespace Krat.Web.Hosting;

/// <summary>
/// The hidden field that makes a form's submission happen once: every <c>&lt;form method="post"&gt;</c> carries a
/// fresh random value (<see cref="SubmitOnceTagHelper"/>), and <see cref="SubmitOnceFilter"/> runs the handler for
/// the first submission of that value only — a second one (a double click, a resent form) gets the first one's
/// answer instead of creating a second record.
/// </summary>
public static class SubmitOnce
{
    /// <summary>The name of the hidden field.</summary>
    public const string FieldName = "__SubmissionId";

    /// <summary>How long a submission is remembered.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromHours(1);
}
