using System.Net;
using Krat.Demo.Durres;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Statistics;
using Krat.Infrastructure.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Krat.Web.Security;
using Krat.Web.Tests.Harness;
using NodaTime;

namespace Krat.Web.Tests.Meetings;

/// <summary>The home page for each role: the secretary's waiting work, the member's promises, activities and seats, the visitor's introduction.</summary>
public sealed class HomeForEachRoleTests(GovernanceSite site) : IClassFixture<GovernanceSite>
{
    [Fact]
    public async Task Secretary_SeesMeetingsToRecordAndToApprove_AndOverdueCommitments()
    {
        var toApprove = await site.AddDurresMeetingAsync(new LocalDate(2023, 10, 24), held: true, title: "Tryezë pune për fushatën");
        var toRecord = await site.AddDurresMeetingAsync(new LocalDate(2023, 10, 26), held: false, title: "Takim i shtyrë për regjistrim");
        var later = await site.AddDurresMeetingAsync(new LocalDate(2023, 11, 28), held: false, title: "Mbledhja e nëntorit");
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);

        var home = await secretary.GetDocumentAsync("/");

        var meetings = home.QuerySelectorAll("[data-testid=home-meetings] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/Meetings/Record/{toRecord.Id.Value}", meetings);
        Assert.Contains($"/Meetings/Record/{toApprove.Id.Value}", meetings);
        Assert.DoesNotContain($"/Meetings/Record/{later.Id.Value}", meetings);
        var overdue = site.Scenario.Meetings.SelectMany(m => m.Commitments).Count(c => c.IsOverdueOn(GovernanceSite.ClosingDay));
        Assert.Equal(Math.Min(overdue, 10), home.QuerySelectorAll("[data-testid=secretary-home] [data-testid=overdue]").Length);
        Assert.Null(home.QuerySelector("[data-testid=member-home]"));
    }

    [Fact]
    public async Task Member_SeesWhatItsInstitutionPromised_ItsActivities_AndItsSeats()
    {
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);
        var organisation = DemoAccounts.Member.Claims.First(c => c.Type == KratClaimTypes.Organisation).Value;

        var home = await member.GetDocumentAsync("/");

        var promised = site.Scenario.Meetings.SelectMany(m => m.Commitments).Count(c => c.OwnerId.Value.ToString() == organisation && c.Status == Domain.Meetings.CommitmentStatus.Open);
        var seats = site.Scenario.KratDurres.SeatsOn(CommitteeBody.Committee, GovernanceSite.ClosingDay).Concat(site.Scenario.KratDurres.SeatsOn(CommitteeBody.TechnicalTable, GovernanceSite.ClosingDay)).Count(s => s.OrganisationId.Value.ToString() == organisation);
        Assert.NotNull(home.QuerySelector("[data-testid=member-home]"));
        Assert.Null(home.QuerySelector("[data-testid=secretary-home]"));
        Assert.Equal(promised, home.QuerySelectorAll("[data-testid=home-commitments] li").Length);
        Assert.Equal(seats, home.QuerySelectorAll("[data-testid=home-seats] li").Length);
        Assert.True(seats > 0);
    }

    [Fact]
    public async Task Secretary_SeesAStatisticsDraft_UntilItIsPublished_AndAMemberDoesNot()
    {
        var draft = await site.AddAsync(VictimStatistics.Open(DemoIds.KratDurres, CountyCode.From("AL-02"), new DateInterval(new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31)), Albania.Municipality("Shijak")));
        var review = $"/Statistics/Review/{draft.Id.Value}";
        using var secretary = await site.CreateClientLoggedInAsAsync(DemoAccounts.Secretary);
        using var member = await site.CreateClientLoggedInAsAsync(DemoAccounts.Member);

        var before = await secretary.GetDocumentAsync("/");
        var memberHome = await member.GetDocumentAsync("/");
        var (status, _, _) = await secretary.SubmitAsync(review, "[data-testid=publish-form]", []);
        var after = await secretary.GetDocumentAsync("/");

        var drafts = before.QuerySelectorAll("[data-testid=secretary-home] [data-testid=home-statistics-drafts] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(review, drafts);
        Assert.Contains("Shijak", before.QuerySelector($"a[href='{review}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, status);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<IReadRepository<VictimStatistics>>().GetByIdAsync(draft.Id);
            Assert.Equal(StatisticsStatus.Published, stored!.Status);
        }

        Assert.Null(after.QuerySelector($"[data-testid=secretary-home] a[href='{review}']"));
        Assert.Null(memberHome.QuerySelector("[data-testid=home-statistics-drafts]"));
        Assert.Null(memberHome.QuerySelector($"a[href='{review}']"));
        Assert.DoesNotContain("Statistika në draft", memberHome.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Visitor_SeesTheIntroduction_WithoutWork()
    {
        using var anonymous = site.CreateSiteClient();

        var home = await anonymous.GetDocumentAsync("/");

        Assert.Null(home.QuerySelector("[data-testid=secretary-home]"));
        Assert.Null(home.QuerySelector("[data-testid=member-home]"));
        Assert.Equal("Komiteti Rajonal Antitrafik", home.Text("h1"));
    }
}
