using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Activities;

/// <summary>Planning through the <see cref="ActivityPlan"/> input record: what must be given, defaults, and refusals.</summary>
public sealed class ActivityPlanTests
{
    private static readonly LocalDate Day = new(2023, 10, 5);

    private static ActivityPlan Plan() => new()
    {
        CommitteeId = KratDurres,
        County = Durres,
        Kind = ActivityKind.SchoolSession,
        Title = "Seancë ndërgjegjësuese",
        PlannedDays = Activity.Days(Day),
        Municipalities = [Albania.Municipality("Durrës")],
        LeadOrganisationId = Education,
        TargetGroups = [TargetGroup.Pupils],
    };

    [Fact]
    public void TheRequiredMembers_AreExactlyWhatAnActivityCannotDoWithout()
    {
        // The compiler refuses an object initializer that leaves out a member marked with RequiredMemberAttribute.
        var required = typeof(ActivityPlan).GetProperties()
            .Where(p => p.GetCustomAttribute<RequiredMemberAttribute>() is not null)
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [nameof(ActivityPlan.CommitteeId), nameof(ActivityPlan.County), nameof(ActivityPlan.Kind), nameof(ActivityPlan.LeadOrganisationId),
             nameof(ActivityPlan.Municipalities), nameof(ActivityPlan.PlannedDays), nameof(ActivityPlan.TargetGroups), nameof(ActivityPlan.Title)],
            required);
        Assert.DoesNotContain(typeof(ActivityPlan).GetConstructors(), c => c.GetCustomAttribute<SetsRequiredMembersAttribute>() is not null);
    }

    [Fact]
    public void Plan_TakesTheDefaults_AndMakesAnIdentity_WhenNoneIsGiven()
    {
        var first = Activity.Plan(Plan());
        var second = Activity.Plan(Plan());
        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(Guid.Empty, first.Id.Value);
        Assert.Equal(Visibility.Internal, first.Visibility);
        Assert.Empty(first.PartnerOrganisationIds);
        Assert.Null(first.Description);
        Assert.Null(first.Venue);
        Assert.Null(first.MeasureId);
        Assert.Null(first.CampaignId);
        Assert.Equal(new DateInterval(Day, Day), first.PlannedDays);
        Assert.Null(first.ActualDays);
    }

    [Fact]
    public void Plan_KeepsTheGivenIdentity_AndEveryOptionalMember()
    {
        var plan = Plan() with
        {
            Id = Id(42),
            PlannedDays = Activity.Days(Day, Day.PlusDays(2)),
            Description = "Përshkrim",
            Venue = "Salla",
            PartnerOrganisationIds = [WorldVision],
            MeasureId = Measure1,
            CampaignId = October,
            Visibility = Visibility.Public,
        };
        var activity = Activity.Plan(plan);
        Assert.Equal(Id(42), activity.Id);
        Assert.Equal(new DateInterval(Day, Day.PlusDays(2)), activity.PlannedDays);
        Assert.Equal(Day, activity.EffectiveDate);
        Assert.Equal(("Përshkrim", "Salla", Measure1, October, Visibility.Public), (activity.Description, activity.Venue, activity.MeasureId, activity.CampaignId, activity.Visibility));
        Assert.Equal([WorldVision], activity.PartnerOrganisationIds);
    }

    [Fact]
    public void Plan_Refuses_AMunicipalityOfAnotherCounty_WithTheSameRuleAndMessage_AndCreatesNothing()
    {
        Activity? created = null;
        var error = Assert.Throws<DomainException>(() => created = Activity.Plan(Plan() with { Municipalities = [Albania.Municipality("Durrës"), Albania.Municipality("Kavajë")] }));
        Assert.Equal("activity.municipality-in-county", error.Rule);
        Assert.Equal("The municipality of Kavajë is in Tiranë County (AL-11), not in Durrës County (AL-02) where the committee works.", error.Text.English);
        Assert.Equal("Bashkia Kavajë ndodhet në qarkun Tiranë (AL-11), jo në qarkun Durrës (AL-02) ku punon komiteti.", error.Text.Albanian);
        Assert.Null(created);
    }

    [Fact]
    public void Plan_Refuses_AMunicipalityTheCatalogueDoesNotHold_ThoughTypedAsOne()
    {
        var made = Assert.Throws<DomainArgumentException>(() => Activity.Plan(Plan() with { Municipalities = [new Municipality("Atlantis", Durres)] }));
        Assert.Equal(("municipalities", "'Atlantis' is not an Albanian municipality."), (made.ParamName, made.Text.English));

        // A real name with a county it does not belong to is not the catalogue's municipality either.
        var wrongCounty = Assert.Throws<DomainArgumentException>(() => Activity.Plan(Plan() with { Municipalities = [new Municipality("Kavajë", Durres)] }));
        Assert.Equal("municipalities", wrongCounty.ParamName);

        // The catalogue's name without diacritics is the same place.
        Assert.Equal([Albania.Municipality("Krujë")], Activity.Plan(Plan() with { Municipalities = [new Municipality("Kruje", Durres)] }).Municipalities);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("longTitle")]
    [InlineData("longDescription")]
    [InlineData("longVenue")]
    [InlineData("noMunicipality")]
    [InlineData("noTargetGroup")]
    [InlineData("implausibleDay")]
    public void Plan_Refuses_InvalidValues_WithTheMessagesAndParameterNamesOfThePositionalFactory(string what)
    {
        var (plan, parameter) = what switch
        {
            "title" => (Plan() with { Title = " " }, "title"),
            "longTitle" => (Plan() with { Title = new string('a', Activity.MaxTitleLength + 1) }, "title"),
            "longDescription" => (Plan() with { Description = new string('a', Activity.MaxDescriptionLength + 1) }, "description"),
            "longVenue" => (Plan() with { Venue = new string('a', Activity.MaxVenueLength + 1) }, "venue"),
            "noMunicipality" => (Plan() with { Municipalities = [] }, "municipalities"),
            "noTargetGroup" => (Plan() with { TargetGroups = [] }, "targetGroups"),
            _ => (Plan() with { PlannedDays = new DateInterval(new LocalDate(1800, 1, 1), Day) }, "plannedDays"),
        };
        var error = Assert.Throws<DomainArgumentException>(() => Activity.Plan(plan));
        Assert.Equal(parameter, error.ParamName);
        Assert.False(string.IsNullOrWhiteSpace(error.Text.Albanian));
        Assert.NotEqual(error.Text.Albanian, error.Text.English);
    }

    [Fact]
    public void Plan_Refuses_NoMunicipality_AndNoTargetGroup_WithTheirMessages()
    {
        Assert.Equal("At least one municipality is required.", Assert.Throws<DomainArgumentException>(() => Activity.Plan(Plan() with { Municipalities = [] })).Text.English);
        Assert.Equal("Kërkohet të paktën një vlerë.", Assert.Throws<DomainArgumentException>(() => Activity.Plan(Plan() with { TargetGroups = [] })).Text.Albanian);
    }

    [Fact]
    public void Days_IsOneDay_WithoutALastDay_AndRefusesALastDayBeforeTheFirst_InBothLanguages()
    {
        Assert.Equal(new DateInterval(Day, Day), Activity.Days(Day));
        Assert.Equal(new DateInterval(Day, Day.PlusDays(1)), Activity.Days(Day, Day.PlusDays(1)));
        var error = Assert.Throws<DomainArgumentException>(() => Activity.Days(Day, Day.PlusDays(-1)));
        Assert.Equal("end", error.ParamName);
        Assert.Equal("An activity cannot end (2023-10-04) before it starts (2023-10-05).", error.Text.English);
        Assert.Equal("Një aktivitet nuk mund të përfundojë (04.10.2023) para se të fillojë (05.10.2023).", error.Text.Albanian);
    }

    [Fact]
    public void Complete_Rejects_ALastDayAfterToday_ForAMultiDayActivity()
    {
        var activity = Activity.Plan(Plan());
        var error = Assert.Throws<DomainException>(() => activity.Complete(Activity.Days(Today, Today.PlusDays(1)), Reach.Of(10), Today));
        Assert.Equal("activity.actual-not-future", error.Rule);
        Assert.Equal(ActivityStatus.Planned, activity.Status);
        Assert.Null(activity.ActualDays);
    }
}
