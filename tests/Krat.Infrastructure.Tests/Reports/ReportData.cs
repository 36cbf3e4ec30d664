using System.Data.Common;
using Krat.Demo.Durres;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Statistics;
using Krat.Infrastructure.Auditing;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Scoping;
using Krat.Infrastructure.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;

namespace Krat.Infrastructure.Tests.Reports;

/// <summary>Records every SQL command EF Core runs and how many rows each one read.</summary>
public sealed class SqlRecorder : DbCommandInterceptor
{
    private readonly List<(string Sql, int Rows)> _commands = [];

    public IReadOnlyList<(string Sql, int Rows)> Commands => _commands;

    public int RowsRead => _commands.Sum(c => c.Rows);

    public void Clear() => _commands.Clear();

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        _commands.Add((command.CommandText, eventData.ReadCount));
        return result;
    }
}

/// <summary>
/// The data of a report test: the Durrës reference scenario, optionally with a generated history (seeded, so the
/// same on every run) of two more years of activities, meetings, attendance and commitments in Durrës and a second
/// committee in Korçë; everything in memory (for the expectations) and saved to a migrated SQLite database.
/// </summary>
public sealed class ReportData : IDisposable
{
    public static readonly CommitteeId KratKorce = new(Guid.Parse("00000000-0000-0000-0000-0000000a0006"));
    private static readonly CountyCode Korce = CountyCode.From("AL-06");
    private static readonly LocalDate Today = new(2024, 12, 31);

    private readonly TestDatabase _database;
    private readonly List<IAggregateRoot> _generated = [];

    private ReportData(TestProvider provider, bool withHistory)
    {
        _database = TestDatabase.Migrated(provider);
        Scenario = DurresScenario.Build();
        Activities = [.. Scenario.Activities];
        Meetings = [.. Scenario.Meetings];
        Statistics = [Scenario.VictimStatistics2023];
        Committees = [Scenario.KratDurres];
        if (withHistory)
        {
            Generate(new Random(20231031));
        }

        using var context = _database.KratContext();
        context.AddRange(Scenario.AggregatesInSaveOrder().Concat(_generated).Cast<object>());
        context.SaveChanges();
    }

    public DurresScenario Scenario { get; }

    public List<Activity> Activities { get; }

    public List<Meeting> Meetings { get; }

    public List<VictimStatistics> Statistics { get; }

    public List<Committee> Committees { get; }

    public SqlRecorder Recorder { get; } = new();

    public static ReportData Durres(TestProvider provider = TestProvider.Sqlite) => new(provider, withHistory: false);

    public static ReportData WithHistory(TestProvider provider = TestProvider.Sqlite) => new(provider, withHistory: true);

    public Organisation Organisation(OrganisationId id) => Scenario.Organisation(id);

    public KratDbContext Context(ICommitteeScope? scope = null)
    {
        var builder = new DbContextOptionsBuilder<KratDbContext>();
        _database.Configure(builder);
        builder.AddInterceptors(Recorder);
        return new KratDbContext(builder.Options, _database.Clock, SystemUser.Instance, scope ?? CommitteeScope.Unscoped);
    }

    public async Task<T> RunAsync<T>(Func<IReportService, Task<T>> report, ICommitteeScope? scope = null)
    {
        await using var context = Context(scope);
        return await report(new ReportService(context));
    }

    public void Dispose() => _database.Dispose();

    private void Generate(Random random)
    {
        var durres = Albania.County(CountyCode.From("AL-02")).Municipalities.Select(m => m.Name).ToArray();
        var korce = Albania.County(Korce).Municipalities.Select(m => m.Name).ToArray();
        var organisations = Scenario.Organisations.Select(o => o.Id).ToArray();
        var kinds = CodeList.All<ActivityKind>().Select(p => p.Key).ToArray();

        // Committees work with the same audiences and partners again and again: a few typical combinations.
        OrganisationId[] leads = [DemoIds.Prefecture, DemoIds.EducationOffice, DemoIds.StateSocialServices, DemoIds.RegionalPolice, DemoIds.MunicipalityDurres, DemoIds.EmploymentOffice];
        OrganisationId[][] partnerSets = [[], [DemoIds.WorldVision], [DemoIds.TerreDesHommes, DemoIds.Unicef], [DemoIds.DifferentAndEqual, DemoIds.SotPerTeArdhmen], [DemoIds.WorldVision, DemoIds.Unicef, DemoIds.Undp]];
        TargetGroup[][] groupSets =
        [
            [TargetGroup.Pupils], [TargetGroup.Pupils, TargetGroup.Teachers], [TargetGroup.Parents], [TargetGroup.RomaAndEgyptianCommunities, TargetGroup.ChildrenInStreetSituations],
            [TargetGroup.JobSeekers, TargetGroup.Youth, TargetGroup.Women], [TargetGroup.FrontLineProfessionals], [TargetGroup.GeneralPublic],
        ];

        var korceCommittee = Committee.Establish(Korce, "Komiteti Rajonal Antitrafik Korçë", id: KratKorce);
        Seat[] korceSeats =
        [
            korceCommittee.GrantSeat(DemoIds.WorldVision, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(new LocalDate(2022, 1, 1))),
            korceCommittee.GrantSeat(DemoIds.Unicef, CommitteeBody.Committee, SeatRole.Observer, false, Term.From(new LocalDate(2022, 1, 1))),
            korceCommittee.GrantSeat(DemoIds.Undp, CommitteeBody.Committee, SeatRole.Standing, true, Term.From(new LocalDate(2022, 1, 1))),
        ];
        Committees.Add(korceCommittee);
        _generated.Add(korceCommittee);

        T Pick<T>(IReadOnlyList<T> from) => from[random.Next(from.Count)];
        T[] Some<T>(IReadOnlyList<T> from, int max) => [.. from.OrderBy(_ => random.Next()).Take(random.Next(1, max + 1))];

        void AddActivities(CommitteeId committee, CountyCode county, string[] places, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var day = new LocalDate(2022, 1, 1).PlusDays(random.Next(0, 3 * 365));
                var activity = Activity.Plan(new ActivityPlan
                {
                    CommitteeId = committee,
                    County = county,
                    Kind = Pick(kinds),
                    Title = "Aktivitet i gjeneruar " + i,
                    PlannedDays = Activity.Days(day),
                    Municipalities = [.. Some(places, 2).Select(Albania.Municipality)],
                    LeadOrganisationId = Pick(leads),
                    TargetGroups = Pick(groupSets),
                    PartnerOrganisationIds = [.. Pick(partnerSets)],
                });
                switch (random.Next(10))
                {
                    case < 6:
                        var total = random.Next(0, 300);
                        var women = random.Next(2) == 0 ? (int?)null : random.Next(0, total + 1);
                        var children = random.Next(2) == 0 ? (int?)null : random.Next(0, total + 1);
                        activity.Complete(Activity.Days(day), Reach.Of(total, women, women is null ? null : total - women, children, children is null ? null : random.Next(0, total - children.Value + 1)), Today);
                        break;
                    case 6:
                        activity.Cancel("Arsye e gjeneruar");
                        break;
                    case 7:
                        activity.Postpone();
                        break;
                }

                Activities.Add(activity);
                _generated.Add(activity);
            }
        }

        AddActivities(DemoIds.KratDurres, CountyCode.From("AL-02"), durres, 160);
        AddActivities(KratKorce, Korce, korce, 60);

        void AddMeetings(Committee committee, Func<CommitteeBody, LocalDate, IReadOnlyList<Seat>> seatsOn)
        {
            var open = new List<(Meeting Meeting, CommitmentId Id)>();
            for (var quarter = 0; quarter < 12; quarter++)
            {
                var day = new LocalDate(2022, 1, 20).PlusMonths(3 * quarter).PlusDays(random.Next(0, 20));
                if (day == DurresScenario.ClosingDay || day == new LocalDate(2023, 2, 15))
                {
                    day = day.PlusDays(1);
                }

                var body = committee.Id == KratKorce || random.Next(2) == 0 ? CommitteeBody.Committee : CommitteeBody.TechnicalTable;
                var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = committee.Id, Body = body, Kind = MeetingKind.Regular, Start = day.At(new LocalTime(10, 0)), End = day.At(new LocalTime(12, 0)), Place = "Salla e mbledhjeve" });
                if (random.Next(8) == 0)
                {
                    meeting.Cancel("Arsye e gjeneruar");
                }
                else
                {
                    meeting.MarkHeld(meeting.EndsAt);
                    foreach (var seat in seatsOn(body, day))
                    {
                        switch (random.Next(4))
                        {
                            case 0:
                                meeting.RecordExcused(seat);
                                break;
                            case 1:
                                meeting.RecordAbsent(seat);
                                break;
                            default:
                                meeting.RecordPresent(seat, PresenceCapacity.Substitute);
                                break;
                        }
                    }

                    foreach (var (earlier, id) in open.ToList())
                    {
                        var status = (CommitmentStatus)random.Next(1, 4);
                        earlier.ReviewCommitment(id, meeting, status);
                        if (status != CommitmentStatus.Open)
                        {
                            open.Remove((earlier, id));
                        }
                    }

                    for (var c = random.Next(0, 3); c > 0; c--)
                    {
                        var commitment = meeting.RecordCommitment("Angazhim i gjeneruar", Pick(organisations), random.Next(3) == 0 ? null : day.PlusDays(random.Next(10, 200)));
                        open.Add((meeting, commitment.Id));
                    }
                }

                Meetings.Add(meeting);
                _generated.Add(meeting);
            }
        }

        AddMeetings(Scenario.KratDurres, (body, day) => Scenario.KratDurres.SeatsOn(body, day));
        AddMeetings(korceCommittee, (_, day) => [.. korceSeats.Where(s => s.Term.Contains(day))]);

        var korceStatistics = VictimStatistics.Open(KratKorce, Korce, new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)));
        foreach (var sex in CodeList.All<Sex>().Select(p => p.Key))
        {
            foreach (var form in CodeList.All<ExploitationForm>().Select(p => p.Key))
            {
                korceStatistics.Record(sex, Pick(CodeList.All<AgeGroup>().Select(p => p.Key).ToArray()), VictimStatus.Potential, form, random.Next(0, 9));
            }
        }

        korceStatistics.Publish("sekretari.korce", Instant.FromUtc(2024, 1, 20, 9, 0));
        Statistics.Add(korceStatistics);
        _generated.Add(korceStatistics);
    }
}
