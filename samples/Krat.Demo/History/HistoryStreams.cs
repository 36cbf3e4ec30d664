using Krat.Domain.Activities;
using Krat.Domain.Meetings;

namespace Krat.Demo.History;

/// <summary>The streamed parts of a history: meetings per committee-year, activities in batches, year by year.</summary>
internal static class HistoryStreams
{
    public static IEnumerable<IReadOnlyList<Meeting>> Meetings(HistoryOptions options, IReadOnlyList<CommitteeFrame> frames)
    {
        foreach (var year in frames.SelectMany(f => f.Years.Keys).Distinct().Order())
        {
            foreach (var frame in frames)
            {
                if (frame.Years.TryGetValue(year, out var yearFrame))
                {
                    yield return new MeetingYear(options, frame, yearFrame).Build();
                }
            }
        }
    }

    public static IEnumerable<IReadOnlyList<Activity>> Activities(HistoryOptions options, IReadOnlyList<CommitteeFrame> frames)
    {
        var batch = new List<Activity>(Math.Min(options.BatchSize, 100_000));
        foreach (var year in frames.SelectMany(f => f.Years.Keys).Distinct().Order())
        {
            foreach (var frame in frames)
            {
                if (!frame.Years.TryGetValue(year, out var yearFrame))
                {
                    continue;
                }

                foreach (var activity in new ActivityYear(options, frame, yearFrame).Build())
                {
                    batch.Add(activity);
                    if (batch.Count == options.BatchSize)
                    {
                        yield return batch;
                        batch = new List<Activity>(batch.Count);
                    }
                }
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
