using System.Globalization;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Committees;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Plans;
using Krat.Domain.Tests.Activities;
using Krat.Domain.Tests.Plans;
using NodaTime;

namespace Krat.Domain.Tests.Common;

/// <summary>
/// What a hostile or careless form can send is refused where it enters the domain: days outside the plausible
/// window, amounts past <see cref="int"/>, and invisible bidirectional controls in any text — with a message in both
/// languages and nothing changed.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<int> ImplausibleYears => new() { 1, 1989, 2101, 9999 };

    [Theory]
    [MemberData(nameof(ImplausibleYears))]
    public void Dates_OutsideTheWindow_AreRefused_InTermsSeatsActivitiesPlansAndMeetings(int year)
    {
        var day = new LocalDate(year, 6, 1);
        var committee = Committee.Establish(CountyCode.From("AL-02"), "KRAT Durrës", "Urdhri nr. 139");
        var seatsBefore = Fingerprint.Of(committee);
        var activity = ActivityTestData.Planned();
        var (plan, _, indicator) = PlanTestData.Draft();
        var planBefore = PlanTestData.State(plan);

        var refusals = new Action[]
        {
            () => Term.From(day),
            () => Term.Between(new LocalDate(2023, 1, 1), day),
            () => committee.GrantSeat(OrganisationId.New(), CommitteeBody.Committee, SeatRole.Standing, true, Term.From(day)),
            () => ActivityTestData.Planned(on: day),
            () => activity.Reschedule(new DateInterval(day, day)),
            () => plan.Edit("Plani", new DateInterval(day, day), null),
            () => plan.SetTarget(ActivityTestData.Measure1, indicator, new DateInterval(day, day), 3),
            () => Meeting.Plan(new MeetingPlan { CommitteeId = ActivityTestData.KratDurres, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = day.At(new LocalTime(10, 0)), End = day.At(new LocalTime(12, 0)), Place = "Prefektura" }),
        };

        foreach (var refusal in refusals)
        {
            var error = Assert.Throws<DomainArgumentException>(refusal);
            Assert.Contains(day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), error.Text.Albanian, StringComparison.Ordinal);
            Assert.Contains("nuk është e besueshme", error.Text.Albanian, StringComparison.Ordinal);
            Assert.Contains("is not plausible", error.Text.English, StringComparison.Ordinal);
        }

        Assert.Equal(seatsBefore, Fingerprint.Of(committee));
        Assert.Equal(planBefore, PlanTestData.State(plan));
        Assert.Equal(new LocalDate(2023, 10, 5), activity.PlannedStart);
    }

    [Fact]
    public void Dates_AtTheEdgesOfTheWindow_AreAccepted()
    {
        var term = Term.Between(PlausibleDates.DefaultEarliest, PlausibleDates.DefaultLatest);

        Assert.Equal(PlausibleDates.DefaultEarliest, term.Start);
        Assert.True(PlausibleDates.Contains(PlausibleDates.DefaultLatest));
        Assert.False(PlausibleDates.Contains(PlausibleDates.DefaultLatest.PlusDays(1)));
    }

    [Fact]
    public void Configure_RefusesAWindowThatRunsBackwards_AndKeepsTheOldOne()
    {
        Assert.Throws<ArgumentException>(() => PlausibleDates.Configure(new LocalDate(2100, 1, 1), new LocalDate(1990, 1, 1)));

        Assert.Equal(PlausibleDates.DefaultEarliest, PlausibleDates.Earliest);
        Assert.Equal(PlausibleDates.DefaultLatest, PlausibleDates.Latest);
    }

    [Fact]
    public void IndicatorAmounts_PastInt_AreRefused_AndNothingChanges()
    {
        var (plan, _, indicator) = PlanTestData.Draft();
        var before = PlanTestData.State(plan);

        var error = Assert.Throws<DomainArgumentException>(() =>
            plan.SetTarget(ActivityTestData.Measure1, indicator, PlanTestData.Year, (decimal)int.MaxValue + 1));
        var baseline = Assert.Throws<DomainArgumentException>(() =>
            plan.AddIndicator(ActivityTestData.Measure1, IndicatorKind.Count, "Nxënës", baseline: 1e20m));

        Assert.Contains("shumë e madhe", error.Text.Albanian, StringComparison.Ordinal);
        Assert.Contains("too large", error.Text.English, StringComparison.Ordinal);
        Assert.Equal("baseline", baseline.ParamName);
        Assert.Equal(before, PlanTestData.State(plan));
        plan.SetTarget(ActivityTestData.Measure1, indicator, PlanTestData.Year, int.MaxValue);
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u202A")]
    [InlineData("\u202D")]
    [InlineData("\u2066")]
    [InlineData("\u2069")]
    [InlineData("\u200F")]
    [InlineData("\u200E")]
    public void BidirectionalControls_AreRefused_InEveryText(string control)
    {
        var title = $"Seancë {control}gnp.exe";
        var activity = ActivityTestData.Planned();

        var planned = Assert.Throws<DomainArgumentException>(() => ActivityTestData.Planned(title: title));
        var postponed = Assert.Throws<DomainArgumentException>(() => activity.Postpone(title));
        var organisation = Assert.Throws<DomainArgumentException>(() => Organisation.Register(title, OrganisationKind.Ngo, OrganisationLevel.Regional));

        Assert.Equal("title", planned.ParamName);
        Assert.Contains("drejtimin e shkrimit", planned.Text.Albanian, StringComparison.Ordinal);
        Assert.Contains("direction of writing", postponed.Text.English, StringComparison.Ordinal);
        Assert.NotNull(organisation);
        Assert.Equal(ActivityStatus.Planned, activity.Status);
    }

    [Fact]
    public void RightToLeftLetters_WithoutControls_AreStillAccepted()
    {
        var activity = ActivityTestData.Planned(title: "Seancë me nxënës – مدرسة");

        Assert.EndsWith("مدرسة", activity.Title, StringComparison.Ordinal);
    }
}
