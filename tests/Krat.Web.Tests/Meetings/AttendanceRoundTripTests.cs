using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Committees;
using Krat.Domain.Committees.Specifications;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Meetings.Specifications;
using Krat.Domain.Organisations;
using Krat.Infrastructure;
using Krat.Infrastructure.Repositories;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Krat.Web.Tests.Meetings;

/// <summary>
/// Recording the attendance of a 30-seat body is one round trip and one save: the grid posts once, and the site
/// calls SaveChanges on the domain's context once for the whole body (counted by an interceptor).
/// </summary>
public sealed class AttendanceRoundTripTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    private const int Seats = 30;

    private sealed class SaveCounter : SaveChangesInterceptor
    {
        private int _saves;

        public int Saves => Volatile.Read(ref _saves);

        public void Reset() => Interlocked.Exchange(ref _saves, 0);

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is KratDbContext)
            {
                Interlocked.Increment(ref _saves);
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }

        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            if (eventData.Context is KratDbContext)
            {
                Interlocked.Increment(ref _saves);
            }

            return base.SavingChanges(eventData, result);
        }
    }

    [Fact]
    public async Task AttendanceOfA30SeatBody_IsOnePost_AndOneSave()
    {
        // The Technical Table of KRAT Durrës grows to 30 seats with new regional institutions.
        var day = new LocalDate(2023, 10, 19);
        await using (var arrange = site.Services.CreateAsyncScope())
        {
            var committees = arrange.ServiceProvider.GetRequiredService<IRepository<Committee>>();
            var committee = (await committees.FirstOrDefaultAsync(new CommitteeWithSeatsSpec(DemoIds.KratDurres)))!;
            var version = committee.Version;
            var missing = Seats - committee.SeatsOn(CommitteeBody.TechnicalTable, day).Count;
            for (var i = 1; i <= missing; i++)
            {
                var organisation = await site.AddAsync(Organisation.Register($"Institucioni rajonal {i:00} i Durrësit", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional, CountyCode.From("AL-02")));
                committee.GrantSeat(organisation.Id, CommitteeBody.TechnicalTable, SeatRole.Standing, false, Term.From(new LocalDate(2023, 1, 1)));
            }

            await committees.UpdateAsync(committee, version);
            await committees.SaveChangesAsync();
        }

        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = DemoIds.KratDurres, Body = CommitteeBody.TechnicalTable, Kind = MeetingKind.Regular, Start = day.At(new LocalTime(10, 0)), End = day.At(new LocalTime(12, 0)), Place = "Prefektura e Qarkut Durrës" });
        meeting.MarkHeld(meeting.EndsAt);
        await site.AddAsync(meeting);

        var counter = new SaveCounter();
        using var counted = site.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.ConfigureDbContext<KratDbContext>(o => o.AddInterceptors(counter))));
        using var admin = counted.CreateClient(new() { BaseAddress = KratWebFactory.SiteAddress, AllowAutoRedirect = false, HandleCookies = true });
        (await admin.LogInAsync(DemoAccounts.Secretary.UserName, DemoAccounts.Secretary.Password)).Dispose();
        var page = $"/Meetings/Record/{meeting.Id.Value}";
        var document = await admin.GetDocumentAsync(page);
        var rows = document.QuerySelectorAll("[data-testid=attendance-seat]");
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < rows.Length; i++)
        {
            fields[$"Grid[{i}].Choice"] = i % 3 == 0 ? "Excused" : "Absent";
        }

        counter.Reset();
        var (status, location, _) = await admin.SubmitAsync(page, "[data-testid=attendance-form]", fields);
        var saves = counter.Saves;

        await using var scope = site.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<IReadRepository<Meeting>>().FirstOrDefaultAsync(new MeetingRecordSpec(meeting.Id));
        Assert.Equal(Seats, rows.Length);
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.EndsWith("#attendance", location, StringComparison.Ordinal);
        Assert.Equal(1, saves);
        Assert.Equal(Seats, saved!.Attendance.Count);
        Assert.Equal(Seats / 3, saved.Attendance.Count(a => a.Status == AttendanceStatus.Excused));
    }
}
