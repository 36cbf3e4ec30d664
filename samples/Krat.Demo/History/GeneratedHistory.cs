using Krat.Domain.Activities;
using Krat.Domain.Campaigns;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Initiatives;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.People;
using Krat.Domain.Plans;
using Krat.Domain.Statistics;

namespace Krat.Demo.History;

/// <summary>
/// A generated history, in the order it must be saved: organisations, people, committees, meetings, action
/// plans, campaigns, partnerships, service providers, initiatives, victim statistics, activities.
/// The small collections are lists; meetings and activities are streamed in batches: every enumeration
/// regenerates them afresh (new objects, identical data), so a benchmark can save a million activities without
/// holding them all. A batch of meetings holds whole committee-years, because a commitment is reviewed on its
/// originating meeting by a later meeting of the same batch.
/// </summary>
public sealed class GeneratedHistory
{
    private readonly Func<IEnumerable<IReadOnlyList<Meeting>>> _meetings;
    private readonly Func<IEnumerable<IReadOnlyList<Activity>>> _activities;

    internal GeneratedHistory(
        HistoryOptions options,
        GeneratedStructure structure,
        Func<IEnumerable<IReadOnlyList<Meeting>>> meetings,
        Func<IEnumerable<IReadOnlyList<Activity>>> activities,
        long activityCount)
    {
        Options = options;
        Organisations = structure.Organisations;
        People = structure.People;
        Committees = structure.Committees;
        ActionPlans = structure.ActionPlans;
        Campaigns = structure.Campaigns;
        Partnerships = structure.Partnerships;
        ServiceProviders = structure.ServiceProviders;
        Initiatives = structure.Initiatives;
        VictimStatistics = structure.VictimStatistics;
        _meetings = meetings;
        _activities = activities;
        ActivityCount = activityCount;
    }

    /// <summary>The options the history was generated with.</summary>
    public HistoryOptions Options { get; }

    /// <summary>Organisations (prefectures, municipalities, directorates, schools, NGOs, national partners).</summary>
    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>People representing the organisations.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The generated committees with their seats, posts and representatives.</summary>
    public IReadOnlyList<Committee> Committees { get; }

    /// <summary>One action plan per committee and year.</summary>
    public IReadOnlyList<ActionPlan> ActionPlans { get; }

    /// <summary>Awareness campaigns (every October, some Junes).</summary>
    public IReadOnlyList<Campaign> Campaigns { get; }

    /// <summary>Partnerships that set up service providers.</summary>
    public IReadOnlyList<Partnership> Partnerships { get; }

    /// <summary>Service providers, some at a Technical Table.</summary>
    public IReadOnlyList<ServiceProvider> ServiceProviders { get; }

    /// <summary>Initiatives in every status.</summary>
    public IReadOnlyList<Initiative> Initiatives { get; }

    /// <summary>Victim statistics tables (aggregate counts only) per committee and year up to today.</summary>
    public IReadOnlyList<VictimStatistics> VictimStatistics { get; }

    /// <summary>How many activities <see cref="Activities"/> yields.</summary>
    public long ActivityCount { get; }

    /// <summary>The meetings, in batches of whole committee-years (regenerated on each enumeration).</summary>
    public IEnumerable<IReadOnlyList<Meeting>> MeetingBatches() => _meetings();

    /// <summary>Every meeting (regenerated on each enumeration).</summary>
    public IEnumerable<Meeting> Meetings() => _meetings().SelectMany(b => b);

    /// <summary>The activities in batches of at most <see cref="HistoryOptions.BatchSize"/> (regenerated on each enumeration).</summary>
    public IEnumerable<IReadOnlyList<Activity>> ActivityBatches() => _activities();

    /// <summary>Every activity (regenerated on each enumeration).</summary>
    public IEnumerable<Activity> Activities() => _activities().SelectMany(b => b);

    /// <summary>Every aggregate in the order it must be saved (meetings and activities streamed).</summary>
    public IEnumerable<IAggregateRoot> InSaveOrder()
    {
        IEnumerable<IAggregateRoot> first = [.. Organisations, .. People, .. Committees];
        IEnumerable<IAggregateRoot> middle = [.. ActionPlans, .. Campaigns, .. Partnerships, .. ServiceProviders, .. Initiatives, .. VictimStatistics];
        return first.Concat(Meetings()).Concat(middle).Concat(Activities());
    }
}

/// <summary>The eagerly built, small part of a history.</summary>
internal sealed class GeneratedStructure
{
    public List<Organisation> Organisations { get; } = [];

    public List<Person> People { get; } = [];

    public List<Committee> Committees { get; } = [];

    public List<ActionPlan> ActionPlans { get; } = [];

    public List<Campaign> Campaigns { get; } = [];

    public List<Partnership> Partnerships { get; } = [];

    public List<ServiceProvider> ServiceProviders { get; } = [];

    public List<Initiative> Initiatives { get; } = [];

    public List<VictimStatistics> VictimStatistics { get; } = [];
}
