using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Meetings;

/// <summary>The meeting's factory input and the typed, caller-chosen identities of its parts (issue #17).</summary>
public sealed class MeetingIdentityTests
{
    private readonly MeetingTestBody _body = new();

    [Fact]
    public void Plan_TakesTheIdentityFromTheInput_OrMakesANewOne()
    {
        var chosen = MeetingId.New();
        var plan = Plan(new LocalTime(10, 0), new LocalTime(12, 0));

        var withId = Meeting.Plan(plan with { Id = chosen });
        var first = Meeting.Plan(plan);
        var second = Meeting.Plan(plan);

        Assert.Equal(chosen, withId.Id);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Null(first.Title);
        Assert.Equal(MeetingTestBody.Day, first.Date);
    }

    [Fact]
    public void Plan_RefusesAnEndBeforeTheStart_WithTheSameRuleAsBefore()
    {
        var plan = Plan(new LocalTime(12, 0), new LocalTime(10, 0));

        var error = Assert.Throws<DomainException>(() => Meeting.Plan(plan));

        Assert.Equal(Meeting.EndAfterStartRule, error.Rule);
        Assert.Throws<DomainArgumentException>(() => Meeting.Plan(plan with { End = plan.Start.PlusHours(3), Place = " " }));
    }

    [Fact]
    public void AddAgendaItem_KeepsTheCallersTypedIds_AndNestsUnderATypedParent()
    {
        var meeting = _body.Planned();
        var opening = new AgendaItemId(Guid.CreateVersion7());
        var report = new AgendaItemId(Guid.CreateVersion7());

        meeting.AddAgendaItem("Hapja", id: opening);
        meeting.AddAgendaItem("Raporti", parentId: opening, id: report);
        var generated = meeting.AddAgendaItem("Të ndryshme");
        meeting.NestAgendaItem(generated.Id, opening);

        Assert.Equal(["1 Hapja", "1.1 Raporti", "1.2 Të ndryshme"], meeting.NumberedAgenda().Select(l => $"{l.Number} {l.Item.Title}"));
        Assert.Equal(opening, meeting.Agenda.Single(i => i.Id == report).ParentId);
        Assert.NotEqual(default, generated.Id);
    }

    [Fact]
    public void AddAgendaItem_RefusesAnIdTheAgendaAlreadyHas_AndChangesNothing()
    {
        var meeting = _body.Planned();
        var item = meeting.AddAgendaItem("Hapja");

        Rule.Broken(Meeting.DuplicateIdRule, () => Fingerprint.Of(meeting), () => meeting.AddAgendaItem("Hapja përsëri", id: item.Id), item.Id.ToString());
        Assert.Throws<ArgumentException>(() => meeting.AddAgendaItem("Pa prind", parentId: AgendaItemId.New()));
        Assert.Single(meeting.Agenda);
    }

    [Fact]
    public void CopyAgendaFrom_GivesTheCopiesNewIds_AndMapsTheirParents()
    {
        var source = _body.Planned();
        var top = source.AddAgendaItem("Hapja");
        source.AddAgendaItem("Raporti", parentId: top.Id);
        var target = _body.Planned(MeetingTestBody.Day.PlusDays(30));

        var copies = target.CopyAgendaFrom(source);

        Assert.DoesNotContain(copies, c => source.Agenda.Any(s => s.Id == c.Id));
        Assert.Equal(copies[0].Id, copies[1].ParentId);
    }

    [Fact]
    public void RecordGuest_KeepsTheCallersTypedId_RefusesItTwice_AndIsCorrectedAndRemovedByIt()
    {
        var meeting = _body.Held();
        var id = GuestId.New();

        var guest = meeting.RecordGuest(null, "Nxënës të shkollës", 12, id);
        Rule.Broken(Meeting.DuplicateIdRule, () => Fingerprint.Of(meeting), () => meeting.RecordGuest(null, "Prindër", 3, id), id.ToString());
        meeting.CorrectGuest(id, null, "Nxënës të gjimnazit", 14);

        Assert.Equal(id, guest.Id);
        Assert.Equal(14, Assert.Single(meeting.Guests).Count);
        meeting.RemoveGuest(id);
        Assert.Empty(meeting.Guests);
        Assert.Throws<ArgumentException>(() => meeting.RemoveGuest(id));
    }

    private MeetingPlan Plan(LocalTime start, LocalTime end) => new()
    {
        CommitteeId = _body.Committee.Id,
        Body = CommitteeBody.Committee,
        Kind = MeetingKind.Regular,
        Start = MeetingTestBody.Day.At(start),
        End = MeetingTestBody.Day.At(end),
        Place = "Prefektura",
    };
}
