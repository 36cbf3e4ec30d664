using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.Partnerships;
using Krat.Domain.Reports;
using Krat.Infrastructure;
using Krat.Infrastructure.ReadModels;
using Krat.Infrastructure.Reports;
using Krat.Infrastructure.Repositories;
using NodaTime;
using Prefektura.Korce.Setup;
using DependencyInjection = Microsoft.Extensions.DependencyInjection;
using Activity = Krat.Domain.Activities.Activity;
using ServiceProvider = Krat.Domain.Partnerships.ServiceProvider;

namespace Prefektura.Korce.Check;

/// <summary>
/// What .ci/consumer-check runs (<c>dotnet run -- check</c>): the guide's steps on a fresh SQLite file through
/// the packages' public API, then every figure the reports and pages show compared with sums this program makes
/// itself from what it recorded. Prints one line per check and "consumer: ok"; exits non-zero on a mismatch.
/// </summary>
internal static partial class ConsumerCheck
{
    private static int _checks;

    public static async Task<int> RunAsync()
    {
        try
        {
            Catalogue();
            RuleOrder();
            var folder = Directory.CreateTempSubdirectory("krat-consumer-");
            try
            {
                var connectionString = $"Data Source={Path.Combine(folder.FullName, "korce.db")}";
                var (year, created) = await CreateKorceAsync(connectionString);
                await RecordsAndReportsAsync(connectionString, year, created);
                await SiteAsync(connectionString, year, created);
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }
        catch (CheckFailedException e)
        {
            await Console.Error.WriteLineAsync($"consumer: FAILED {e.Message}");
            return 1;
        }

        Console.WriteLine($"consumer: {_checks} checks passed");
        Console.WriteLine("consumer: ok");
        return 0;
    }

    private static void Catalogue()
    {
        var korce = Albania.FindCounty("Korçë")!;
        Check(korce.Code == CountyCode.From("AL-06") && korce.Municipalities.Count == 6, "Korçë County and its six municipalities ship with Krat.Domain");
        Check(Albania.Municipality("Korce").Name == "Korçë", "a municipality found without diacritics");
        var directory = new KorceDirectory(new LocalDate(2026, 1, 1));
        var found = new OrganisationsMatchingSpec("policise korce").Evaluate(directory.Organisations).ToList();
        Check(found.Count == 1 && found[0].Id == directory.Police.Id, "a specification evaluated in memory (folded Albanian text)");
    }

    /// <summary>The rules' order the guide explains: refused in the wrong order, with nothing changed.</summary>
    private static void RuleOrder()
    {
        var from = new LocalDate(2026, 1, 1);
        var d = new KorceDirectory(from);
        var committee = Committee.Establish(KorceDirectory.County, "KRAT Korçë (prova)");
        var refused = Refused(() => committee.Constitute(from));
        Check(refused?.Rule == "committee.one-chair" && committee.ConstitutedOn is null, "Constitute before a chair is refused (committee.one-chair) and changes nothing");
        Check(refused!.Message.Length > 0 && refused.Text.English.Length > 0 && refused.Text.Albanian != refused.Text.English, "the refusal is worded in Albanian and English");

        var seat = committee.GrantSeat(d.Prefecture.Id, CommitteeBody.Committee, SeatRole.Standing, votes: true, Term.From(from));
        committee.AssignPost(seat.Id, Post.Chair, Term.From(from));
        committee.Constitute(from);
        Check(committee.ConstitutedOn == from, "seat, Chair post, then Constitute");

        var day = new LocalDate(2026, 3, 10);
        var meeting = Meeting.Plan(new MeetingPlan
        {
            CommitteeId = committee.Id,
            Body = CommitteeBody.Committee,
            Kind = MeetingKind.Regular,
            Start = day.At(new LocalTime(10, 0)),
            End = day.At(new LocalTime(12, 0)),
            Place = "Korçë",
        });
        var early = Refused(() => meeting.RecordAttendance(committee, [SeatAttendance.Excused(seat.Id)]));
        Check(early?.Rule == "meeting.not-held" && meeting.Attendance.Count == 0, "attendance before MarkHeld is refused (meeting.not-held) and records nothing");
        var beforeStart = day.At(new LocalTime(9, 0)).InZoneStrictly(Albania.TimeZone).ToInstant();
        Check(Refused(() => meeting.MarkHeld(beforeStart)) is not null && meeting.State == MeetingState.Planned, "MarkHeld before the meeting starts is refused");
        meeting.MarkHeld(meeting.EndsAt);
        meeting.RecordAttendance(committee, [SeatAttendance.Excused(seat.Id)]);
        Check(meeting.Attendance.Count == 1, "MarkHeld, then attendance");
    }

    private static async Task<(int Year, KorceCreated Created)> CreateKorceAsync(string connectionString)
    {
        await using var services = Services(connectionString);
        await services.MigrateKratDatabaseAsync();
        var today = Albania.Today(services.GetRequiredService<IClock>());
        var year = today.Month >= 11 ? today.Year : today.Year - 1;      // the last October that has ended

        await using var scope = services.CreateAsyncScope();
        var setup = scope.ServiceProvider.GetRequiredService<KorceSetup>();
        Check(await setup.FindCommitteeAsync(CancellationToken.None) is null, "an empty database has no committee of Korçë");
        var created = await setup.RunAsync(year, CancellationToken.None);
        Check(await setup.FindCommitteeAsync(CancellationToken.None) == created.CommitteeId, "the committee of Korçë County found by GetCommitteeOfCountyAsync");
        return (year, created);
    }

    private static async Task RecordsAndReportsAsync(string connectionString, int year, KorceCreated created)
    {
        await using var services = Services(connectionString);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var d = created.Directory;
        var closingDay = new LocalDate(year, 10, 30);

        // The roster: seats, posts and representatives on a day, read back from SQLite.
        var committees = provider.GetRequiredService<IReadRepository<Committee>>();
        var roster = (await committees.SingleOrDefaultAsync(new SeatsOnDateSpec(created.CommitteeId, CommitteeBody.Committee, closingDay)))!;
        Check(roster.Seats.Count == 7, $"the committee body has 7 seats on {closingDay:yyyy-MM-dd} (got {roster.Seats.Count})");
        var chairs = roster.Seats.Where(s => s.Posts.Contains(Post.Chair)).ToList();
        Check(chairs.Count == 1 && chairs[0].OrganisationId == d.Prefecture.Id, "one chair, held through the Prefecture's seat");
        Check(roster.Seats.Select(s => s.Role).SequenceEqual(roster.Seats.Select(s => s.Role).Order()), "seats in role order (standing, invited, observer)");
        var police = roster.Seats.Single(s => s.OrganisationId == d.Police.Id);
        Check(police.Representatives.Select(r => r.PersonId).SequenceEqual([d.PoliceDirector.Id, d.PoliceDeputy.Id]), "the police seat: titular first, then deputy");

        // The Technical Table: the shelter's seat from the closing meeting on, and the provider pointing at it.
        var tableBefore = (await committees.SingleOrDefaultAsync(new SeatsOnDateSpec(created.CommitteeId, CommitteeBody.TechnicalTable, closingDay.PlusDays(-1))))!;
        var tableOn = (await committees.SingleOrDefaultAsync(new SeatsOnDateSpec(created.CommitteeId, CommitteeBody.TechnicalTable, closingDay)))!;
        Check(tableBefore.Seats.Count == 4 && tableOn.Seats.Count == 5, $"the Technical Table grows from 4 to 5 seats on {closingDay:yyyy-MM-dd} (got {tableBefore.Seats.Count}, {tableOn.Seats.Count})");
        Check(tableOn.Seats.Any(s => s.OrganisationId == d.Shelter.Id), "the shelter sits at the Technical Table");
        var shelter = (await provider.GetRequiredService<IReadRepository<ServiceProvider>>().GetByIdAsync(created.ProviderId))!;
        Check(shelter.TechnicalTableCommitteeId == created.CommitteeId && shelter.TechnicalTable == Term.From(closingDay), "the provider records the same Technical Table and day");

        // The same roster with names and labels (IRosterQuery): the same seats in the same order.
        var named = (await provider.GetRequiredService<IRosterQuery>().GetAsync(created.CommitteeId, CommitteeBody.Committee, closingDay))!;
        Check(named.Lines.Select(l => l.SeatId).SequenceEqual(roster.Seats.Select(s => s.SeatId)), "the named roster keeps the roster's order");
        Check(named.Lines.Any(l => l.Organisation.Name == "Prefektura e Qarkut Korçë" && l.Organisation.EnglishName == "Prefecture of Korçë County"), "organisation names in Albanian and English");
        Check(named.Lines.Single(l => l.Organisation.Id == d.Police.Id).Representatives.Select(r => r.Person.Id).SequenceEqual([d.PoliceDirector.Id, d.PoliceDeputy.Id]), "representatives' names, titular first");

        // The meeting as saved: attendance, commitments, approved minutes.
        var meeting = (await provider.GetRequiredService<IReadRepository<Meeting>>().GetByIdAsync(created.MeetingId))!;
        Check(meeting.State == MeetingState.Held && meeting.Minutes == MinutesStatus.Approved, "the meeting is held and its minutes approved");
        Check(meeting.Attendance.Count == 5 && meeting.Attendance.Count(a => a.Status == AttendanceStatus.Present) == 3, "five attendance entries, three present");
        Check(meeting.Commitments.Count == 2, "two commitments");
        var tracker = await provider.GetRequiredService<IReportService>().CommitmentsAsync(created.CommitteeId, closingDay);
        Check(tracker.Open == meeting.Commitments.Count && tracker.Done == 0, $"the commitment tracker counts them open (got {tracker.Open})");

        // The reports against sums made here from the activities as recorded.
        var reports = provider.GetRequiredService<IReportService>();
        var october = new DateInterval(new LocalDate(year, 10, 1), new LocalDate(year, 10, 31));
        var inOctober = created.Activities.Where(a => october.Contains(a.EffectiveDate)).ToList();
        var ofCampaign = created.Activities.Where(a => a.CampaignId == created.CampaignId).ToList();

        var month = await reports.MonthAsync(created.CommitteeId, new YearMonth(year, 10), ReportAudience.Committee);
        Same(month, inOctober, "the month's report for the committee");
        var monthPublic = await reports.MonthAsync(created.CommitteeId, new YearMonth(year, 10), ReportAudience.Public);
        Same(monthPublic, [.. inOctober.Where(a => a.Visibility == Visibility.Public)], "the month's report for the public");
        var campaign = (await reports.CampaignAsync(created.CommitteeId, created.CampaignId, ReportAudience.Committee))!;
        Same(campaign, ofCampaign, "the campaign's report");
        Check(campaign.Totals.Activities < month.Totals.Activities, "the campaign's report leaves out October's activity outside the campaign");
    }

    /// <summary>The site of Program.cs, started as a separate process on the same database, read over HTTP.</summary>
    private static async Task SiteAsync(string connectionString, int year, KorceCreated created)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Environment.CurrentDirectory,     // the project folder under `dotnet run`: wwwroot is there
        };
        foreach (var argument in new[] { "--urls", $"http://127.0.0.1:{port}", "--ConnectionStrings:Krat", connectionString, "--Krat:CommitteeId", created.CommitteeId.Value.ToString(), "--environment", "Development" })
        {
            start.ArgumentList.Add(argument);
        }

        using var site = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        site.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        site.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        site.BeginOutputReadLine();
        site.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            var roster = WebUtility.HtmlDecode(await GetWhenUpAsync(http, $"/Roster?on={year}-10-30", site, output));
            Check(Regex.Count(roster, "<tr data-seat>") == 7, "the roster page lists the 7 seats");
            Check(roster.Contains("Prefektura e Qarkut Korçë", StringComparison.Ordinal) && roster.Contains("Kryetar", StringComparison.Ordinal), "the roster page names the Prefecture and its post with their labels");
            Check(roster.Contains("Z. Gentian Shehu", StringComparison.Ordinal), "the roster page names the representatives");
            var css = await http.GetAsync(new Uri("/css/site.css", UriKind.Relative));
            Check(css.StatusCode == HttpStatusCode.OK, "the site's CSS is served (MapStaticAssets)");

            var page = await http.GetStringAsync(new Uri($"/Report?year={year}&month=10", UriKind.Relative));
            var expected = Expected([.. created.Activities.Where(a => a.Visibility == Visibility.Public && a.EffectiveDate.Year == year && a.EffectiveDate.Month == 10)]);
            Check(Figure(page, "activities") == expected.Activities && Figure(page, "completed") == expected.Completed
                && Figure(page, "cancelled") == expected.Cancelled && Figure(page, "people") == expected.PeopleReached
                && Figure(page, "municipalities") == expected.MunicipalitiesReached,
                $"the report page shows the public figures of October {year} ({expected})");
        }
        finally
        {
            site.Kill(entireProcessTree: true);
            await site.WaitForExitAsync();
        }
    }

    private static void Same(PeriodReport report, IReadOnlyList<Activity> activities, string what)
    {
        var expected = Expected(activities);
        Check(report.Totals == expected, $"{what}: {report.Totals} equals the program's own sums {expected}");
        foreach (var kind in activities.Select(a => a.Kind).Distinct())
        {
            var row = report.ByKind.SingleOrDefault(r => r.Key == kind);
            var ofKind = Expected([.. activities.Where(a => a.Kind == kind)]);
            Check(row is not null && row.Activities == ofKind.Activities && row.Completed == ofKind.Completed && row.PeopleReached == ofKind.PeopleReached,
                $"{what}: {CodeList.LabelOf(kind).English} {ofKind.Activities}/{ofKind.Completed}/{ofKind.PeopleReached}");
        }
    }

    private static PeriodTotals Expected(IReadOnlyList<Activity> activities)
    {
        var completed = activities.Where(a => a.Status == ActivityStatus.Completed).ToList();
        return new PeriodTotals(
            activities.Count,
            completed.Count,
            activities.Count(a => a.Status == ActivityStatus.Cancelled),
            completed.Sum(a => a.Reach!.Total),
            completed.SelectMany(a => a.Municipalities).Distinct().Count());
    }

    private static DependencyInjection.ServiceProvider Services(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKrat(connectionString);
        services.AddScoped<KorceSetup>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task<string> GetWhenUpAsync(HttpClient http, string path, Process site, System.Text.StringBuilder output)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                Check(response.IsSuccessStatusCode, $"GET {path} answers {(int)response.StatusCode}");
                return body;
            }
            catch (HttpRequestException) when (attempt < 120 && !site.HasExited)
            {
                await Task.Delay(500);
            }
            catch (HttpRequestException)
            {
                lock (output)
                {
                    Console.Error.WriteLine(output);
                }

                throw new CheckFailedException($"the site did not answer on {http.BaseAddress}");
            }
        }
    }

    private static int Figure(string page, string name)
    {
        var match = FigurePattern().Matches(page).FirstOrDefault(m => m.Groups["name"].Value == name);
        return match is null ? -1 : int.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("data-figure=\"(?<name>[a-z]+)\">(?<value>[0-9]+)<")]
    private static partial Regex FigurePattern();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static DomainException? Refused(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (DomainException e)
        {
            return e;
        }
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new CheckFailedException(what);
        }

        _checks++;
        Console.WriteLine($"consumer: {what}");
    }

    private sealed class CheckFailedException(string message) : Exception(message);
}
