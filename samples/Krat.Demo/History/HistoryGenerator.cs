using Krat.Domain.Geography;
using NodaTime;

namespace Krat.Demo.History;

/// <summary>
/// Builds a realistic, valid history of KRAT committees through Krat's public API only, from a fixed seed:
/// organisations with Albanian names, people, committees with a chain of chair posts, seats and representatives,
/// meetings with agenda, attendance, decisions and reviewed commitments, yearly action plans, campaigns,
/// activities of every kind and status, partnerships, service providers, initiatives and victim statistics.
/// Every record goes through the domain's verbs, so a broken rule throws: generated data is valid data.
/// </summary>
public static class HistoryGenerator
{
    private static readonly LocalDate OrderDate = new(2006, 6, 19);

    /// <summary>Generates the history the options describe; meetings and activities are streamed (see <see cref="GeneratedHistory"/>).</summary>
    public static GeneratedHistory Generate(HistoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var structure = new GeneratedStructure();
        var national = NationalOrganisations.Generate(options, structure);
        var frames = options.Counties.Select(c => BuildCounty(options, structure, national, c)).ToList();
        AssignActivityCounts(options, frames);
        return Assemble(options, structure, frames);
    }

    internal static GeneratedHistory Assemble(HistoryOptions options, GeneratedStructure structure, IReadOnlyList<CommitteeFrame> frames) =>
        new(
            options,
            structure,
            () => HistoryStreams.Meetings(options, frames),
            () => HistoryStreams.Activities(options, frames),
            frames.Sum(f => f.Years.Values.Sum(y => y.ActivityCount)));

    internal static void AssignActivityCounts(HistoryOptions options, IReadOnlyList<CommitteeFrame> frames)
    {
        // Year-major order, the order the stream produces them in.
        var ordered = frames.SelectMany((f, index) => f.Years.Values.Select(y => (y.Year, Index: index, Frame: y)))
            .OrderBy(x => x.Year).ThenBy(x => x.Index).Select(x => x.Frame).ToList();
        if (ordered.Count == 0)
        {
            return;
        }

        if (options.TotalActivities is { } total)
        {
            var each = total / ordered.Count;
            var extra = total % ordered.Count;
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered[i].ActivityCount = each + (i < extra ? 1 : 0);
            }
        }
        else
        {
            ordered.ForEach(y => y.ActivityCount = options.ActivitiesPerCommitteePerYear);
        }
    }

    internal static IEnumerable<(int Year, LocalDate Start, LocalDate End)> Years(LocalDate from, LocalDate to)
    {
        for (var year = from.Year; year <= to.Year; year++)
        {
            yield return (year, RandomExtensions.Max(from, new LocalDate(year, 1, 1)), RandomExtensions.Min(to, new LocalDate(year, 12, 31)));
        }
    }

    internal static CommitteeFrame BuildCounty(HistoryOptions options, GeneratedStructure structure, NationalOrganisations national, CountyCode code)
    {
        var county = Albania.County(code);
        var index = int.Parse(code.Value[3..], System.Globalization.CultureInfo.InvariantCulture);
        var random = new Random(HistoryIds.Mix(options.Seed, index, 0, IdStream.Structure));
        var ids = new HistoryIds(random, index, IdStream.Structure);
        var cast = new CountyCast(county, index, random, ids, options, structure, national);
        cast.RegisterOrganisations();
        var committee = cast.BuildCommittee(OrderDate);
        var frame = new CommitteeFrame
        {
            Committee = committee,
            County = county,
            CountyIndex = index,
            MeetingStream = IdStream.Meetings,
            ActivityStream = IdStream.Activities,
            Place = $"Prefektura e Qarkut {county.Name}",
            Prefecture = cast.Prefecture,
            CentralMunicipality = cast.CentralMunicipality,
            Police = cast.Police,
            SocialServices = cast.SocialServices,
            Employment = cast.Employment,
            Education = cast.Education,
            Members = cast.Members,
            Partners = cast.Partners,
            Schools = cast.Schools,
        };
        cast.BuildWork(frame);
        return frame;
    }
}
