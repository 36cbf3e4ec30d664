using System.Globalization;
using Krat.Domain.Activities;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Meetings.Specifications;

namespace Krat.Benchmarks.Questions;

/// <summary>Reduces each way's result to the same text, so the smoke run can check the three ways agree.</summary>
public static class Fingerprint
{
    public static string Of(IEnumerable<Activity> activities) => string.Join(",", activities.Select(a => $"{a.Id.Value:N}@{Ways.Day(a.EffectiveDate)}"));

    public static string Of(IEnumerable<ActivityRow> rows) => string.Join(",", rows.Select(r => $"{r.Id:N}@{r.EffectiveDate}"));

    public static string Of(IEnumerable<MeetingCommitments> meetings) =>
        string.Join(";", meetings.Select(m => $"{m.MeetingId.Value:N}@{Ways.Day(m.Date)}/{m.Kind}:" + string.Join(",", m.Commitments.Select(c =>
            $"{c.Number}/{c.CommitmentId.Value:N}/{c.OwnerId.Value:N}/{(c.Due is { } due ? Ways.Day(due) : "-")}/{c.Overdue}/{c.MeetingId.Value:N}@{c.MeetingStartsAt.ToUnixTimeTicks()}"))));

    public static string Of(CommitteeRoster? roster) =>
        roster is null
            ? string.Empty
            : $"{roster.CommitteeName}|" + string.Join(";", roster.Seats.Select(s =>
                $"{s.SeatId.Value:N}/{s.Role}/{s.Votes}/[{string.Join(",", s.Posts)}]/[{string.Join(",", s.Representatives.Select(r => $"{r.PersonId.Value:N}:{r.Capacity}"))}]"));

    public static string Of(IEnumerable<ReportLine> lines) =>
        string.Join(";", lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Kind}/{l.Municipality}/{l.Activities}/{l.Reach}/{l.Women}/{l.Men}")));

    public static string Of(IEnumerable<CountyCount> counts) =>
        string.Join(";", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.County.Value}={c.Activities}")));
}
