using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Activities;

public sealed class ActivityTests
{
    private static string State(Activity a) =>
        $"{a.Kind}|{a.Status}|{a.Title}|{a.Description}|{a.Venue}|{a.PlannedDays}|{a.ActualDays}|{a.EffectiveDate}|"
        + $"{string.Join(",", a.Municipalities)}|{a.LeadOrganisationId}|{string.Join(",", a.PartnerOrganisationIds)}|{string.Join(",", a.TargetGroups)}|"
        + $"{a.Reach}|{a.MeasureId}|{a.CampaignId}|{a.Visibility}|{a.StatusReason}|{ActivityKeys.Search(a)}";

    [Fact]
    public void Plan_Creates_APlannedActivity_WithCatalogueNamesAndSearchText()
    {
        var activity = Planned(title: "Seancë ndërgjegjësuese", municipalities: ["kruje", "Durrës", "Krujë"], venue: "Shkolla \"Gjergj Kastrioti\"");
        Assert.Equal(ActivityStatus.Planned, activity.Status);
        Assert.Equal(["Krujë", "Durrës"], activity.Municipalities.Select(m => m.Name));
        Assert.Equal(new LocalDate(2023, 10, 5), activity.EffectiveDate);
        Assert.Equal("seance ndergjegjesuese shkolla gjergj kastrioti kruje durres", ActivityKeys.Search(activity));
        Assert.Null(activity.Reach);
    }

    [Fact]
    public void Plan_Rejects_AMunicipalityOutsideTheCommitteesCounty_NamingBoth()
    {
        var error = Assert.Throws<DomainException>(() => Planned(municipalities: ["Durrës", "Kavajë"]));
        Assert.Equal("activity.municipality-in-county", error.Rule);
        Assert.Equal("The municipality of Kavajë is in Tiranë County (AL-11), not in Durrës County (AL-02) where the committee works.", error.Message);
    }

    [Fact]
    public void Plan_Rejects_NoMunicipality_UnknownMunicipality_NoTargetGroup()
    {
        Assert.Equal("municipalities", Assert.Throws<DomainArgumentException>(() => Planned(municipalities: [])).ParamName);
        Assert.Equal("targetGroups", Assert.Throws<DomainArgumentException>(() => Planned(groups: [])).ParamName);
    }

    [Fact]
    public void Plan_Rejects_TheLeadAsAPartner()
    {
        var error = Assert.Throws<DomainException>(() => Planned(lead: Education, partners: [WorldVision, Education]));
        Assert.Equal("activity.lead-not-partner", error.Rule);
        Assert.Contains("cannot also be listed as a partner", error.Message);
    }

    [Fact]
    public void Plan_Rejects_BlankOrLongTitle()
    {
        Assert.Throws<DomainArgumentException>(() => Planned(title: " "));
        Assert.Throws<DomainArgumentException>(() => Planned(title: new string('a', Activity.MaxTitleLength + 1)));
    }

    [Fact]
    public void Complete_RecordsActualDateAndReach_AndMovesTheEffectiveDate()
    {
        var activity = Planned(on: new LocalDate(2023, 10, 5));
        activity.Complete(Activity.Days(new LocalDate(2023, 10, 6), new LocalDate(2023, 10, 7)), Reach.Of(40, 20, 20), Today);
        Assert.Equal(ActivityStatus.Completed, activity.Status);
        Assert.Equal(new DateInterval(new LocalDate(2023, 10, 6), new LocalDate(2023, 10, 7)), activity.ActualDays);
        Assert.Equal(new DateInterval(new LocalDate(2023, 10, 5), new LocalDate(2023, 10, 5)), activity.PlannedDays);
        Assert.Equal(new LocalDate(2023, 10, 6), activity.EffectiveDate);
        Assert.Equal(40, activity.Reach!.Total);
    }

    [Fact]
    public void Complete_Rejects_ADateAfterToday_AndChangesNothing()
    {
        var activity = Planned();
        var before = State(activity);
        var error = Assert.Throws<DomainException>(() => activity.Complete(Activity.Days(new LocalDate(2023, 11, 1)), Reach.Of(10), Today));
        Assert.Equal("activity.actual-not-future", error.Rule);
        Assert.Contains("2023-11-01, which is after today (2023-10-31)", error.Message);
        Assert.Equal(before, State(activity));
    }

    [Fact]
    public void Complete_Rejects_AnActivityThatIsNotPlanned()
    {
        var activity = Planned();
        activity.Postpone("Provime");
        var before = State(activity);
        var error = Assert.Throws<DomainException>(() => activity.Complete(Activity.Days(new LocalDate(2023, 10, 5)), Reach.Of(10), Today));
        Assert.Equal("activity.complete-state", error.Rule);
        Assert.Contains("is postponed; only a planned activity can be completed", error.Message);
        Assert.Equal(before, State(activity));
    }

    [Fact]
    public void PostponeThenReschedule_ReturnsToPlanned_WithTheNewDate()
    {
        var activity = Planned();
        activity.Postpone("Provime");
        Assert.Equal(ActivityStatus.Postponed, activity.Status);
        Assert.Equal("Provime", activity.StatusReason);
        activity.Reschedule(Activity.Days(new LocalDate(2023, 11, 8)));
        Assert.Equal(ActivityStatus.Planned, activity.Status);
        Assert.Equal(new LocalDate(2023, 11, 8), activity.EffectiveDate);
        Assert.Null(activity.StatusReason);
    }

    [Fact]
    public void Postpone_Rejects_APostponedActivity()
    {
        var activity = Planned();
        activity.Postpone();
        Assert.Equal("activity.postpone-state", Assert.Throws<DomainException>(() => activity.Postpone()).Rule);
    }

    [Fact]
    public void Reschedule_Rejects_ACompletedActivity_AndAnEndBeforeTheStart()
    {
        var activity = Planned();
        Assert.Throws<DomainArgumentException>(() => activity.Reschedule(Activity.Days(new LocalDate(2023, 10, 9), new LocalDate(2023, 10, 8))));
        activity.Complete(Activity.Days(new LocalDate(2023, 10, 5)), Reach.Of(1), Today);
        var before = State(activity);
        var error = Assert.Throws<DomainException>(() => activity.Reschedule(Activity.Days(new LocalDate(2023, 11, 1))));
        Assert.Equal("activity.reschedule-state", error.Rule);
        Assert.Equal(before, State(activity));
    }

    [Fact]
    public void Cancel_IsFinal()
    {
        var activity = Planned();
        activity.Cancel("Moti");
        Assert.Equal(ActivityStatus.Cancelled, activity.Status);
        var before = State(activity);
        Assert.Equal("activity.cancel-state", Assert.Throws<DomainException>(() => activity.Cancel("Sërish")).Rule);
        Assert.Equal("activity.reschedule-state", Assert.Throws<DomainException>(() => activity.Reschedule(Activity.Days(new LocalDate(2023, 11, 1)))).Rule);
        Assert.Equal("activity.complete-state", Assert.Throws<DomainException>(() => activity.Complete(Activity.Days(new LocalDate(2023, 10, 5)), Reach.Of(1), Today)).Rule);
        var edit = Assert.Throws<DomainException>(() => activity.EditDetails(ActivityKind.Other, "Tjetër", null, null, Visibility.Public));
        Assert.Equal("activity.cancelled-final", edit.Rule);
        Assert.Equal(before, State(activity));
    }

    [Fact]
    public void Cancel_Requires_AReason_AndRefusesACompletedActivity()
    {
        var activity = Planned();
        Assert.Throws<DomainArgumentException>(() => activity.Cancel(" "));
        activity.Complete(Activity.Days(new LocalDate(2023, 10, 5)), Reach.Of(1), Today);
        Assert.Equal("activity.cancel-state", Assert.Throws<DomainException>(() => activity.Cancel("Vonë")).Rule);
    }

    [Fact]
    public void CorrectReach_OnlyForCompleted()
    {
        var activity = Planned();
        Assert.Equal("activity.reach-only-completed", Assert.Throws<DomainException>(() => activity.CorrectReach(Reach.Of(5))).Rule);
        activity.Complete(Activity.Days(new LocalDate(2023, 10, 5)), Reach.Of(1), Today);
        activity.CorrectReach(Reach.Of(5, 2, 3));
        Assert.Equal(5, activity.Reach!.Total);
    }

    [Fact]
    public void EditDetails_RefreshesSearchText_EvenWhenCompleted()
    {
        var activity = Planned();
        activity.Complete(Activity.Days(new LocalDate(2023, 10, 5)), Reach.Of(1), Today);
        activity.EditDetails(ActivityKind.Workshop, "Punëtori për mësuesit", "Përshkrim", "Salla", Visibility.Internal);
        Assert.Equal(ActivityKind.Workshop, activity.Kind);
        Assert.Equal("punetori per mesuesit pershkrim salla durres", ActivityKeys.Search(activity));
    }

    [Fact]
    public void ChangeMunicipalities_Rejects_AnotherCounty_AndChangesNothing()
    {
        var activity = Planned();
        var before = State(activity);
        Assert.Equal("activity.municipality-in-county", Assert.Throws<DomainException>(() => activity.ChangeMunicipalities([Albania.Municipality("Shijak"), Albania.Municipality("Tiranë")])).Rule);
        Assert.Equal(before, State(activity));
        activity.ChangeMunicipalities([Albania.Municipality("Shijak")]);
        Assert.Equal([Albania.Municipality("Shijak")], activity.Municipalities);
        Assert.EndsWith("shijak", ActivityKeys.Search(activity));
    }

    [Fact]
    public void ChangeOrganisations_Rejects_LeadAsPartner_AndChangesNothing()
    {
        var activity = Planned(partners: [WorldVision]);
        var before = State(activity);
        Assert.Throws<DomainException>(() => activity.ChangeOrganisations(Police, [Police]));
        Assert.Equal(before, State(activity));
        activity.ChangeOrganisations(Police, [WorldVision, Education]);
        Assert.Equal(Police, activity.LeadOrganisationId);
        Assert.Equal([WorldVision, Education], activity.PartnerOrganisationIds);
    }

    [Fact]
    public void ChangeTargetGroupsAndLink_ReplaceValues()
    {
        var activity = Planned();
        activity.ChangeTargetGroups([TargetGroup.Parents, TargetGroup.Parents, TargetGroup.Teachers]);
        activity.Link(Measure2, October);
        Assert.Equal([TargetGroup.Parents, TargetGroup.Teachers], activity.TargetGroups);
        Assert.Equal(Measure2, activity.MeasureId);
        Assert.Equal(October, activity.CampaignId);
        Assert.Throws<ArgumentOutOfRangeException>(() => activity.ChangeTargetGroups([(TargetGroup)99]));
    }
}
