using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Tests.Common;
using NodaTime;

namespace Krat.Domain.Tests.Meetings;

/// <summary>While the minutes are draft, every part of the record is corrected or removed, each with its own verb.</summary>
public sealed class MeetingCorrectionTests
{
    private static readonly LocalDate Day = MeetingTestBody.Day;
    private readonly MeetingTestBody _body = new();

    private static IEnumerable<string> Outline(Meeting meeting) =>
        meeting.NumberedAgenda().Select(l => $"{l.Number}/{l.Depth} {l.Item.Title}");

    [Fact]
    public void NumberedAgenda_NumbersEachItemOnce_WithItsDepth()
    {
        var meeting = _body.Planned();
        meeting.AddAgendaItem("Hapja");
        var centre = meeting.AddAgendaItem("Prezantimi i Qendrës së Resiliencës");
        var joins = meeting.AddAgendaItem("Qendra bëhet pjesë e tryezës teknike", parentId: centre.Id);
        meeting.AddAgendaItem("Shërbimet", parentId: joins.Id);

        Assert.Equal(["1/0 Hapja", "2/0 Prezantimi i Qendrës së Resiliencës", "2.1/1 Qendra bëhet pjesë e tryezës teknike", "2.1.1/2 Shërbimet"], Outline(meeting));
        Assert.Equal(meeting.NumberedAgenda().Select(l => l.Number), meeting.AgendaInOrder().Select(p => p.Key));
    }

    [Fact]
    public void NestAgendaItem_MovesAnItemWithItsSubItems_AndRenumbersTheSiblingsItLeft()
    {
        var meeting = _body.Planned();
        var opening = meeting.AddAgendaItem("Hapja");
        var report = meeting.AddAgendaItem("Raporti");
        meeting.AddAgendaItem("Shkollat", parentId: report.Id);
        var closing = meeting.AddAgendaItem("Mbyllja");

        meeting.NestAgendaItem(report.Id, opening.Id);

        Assert.Equal(["1/0 Hapja", "1.1/1 Raporti", "1.1.1/2 Shkollat", "2/0 Mbyllja"], Outline(meeting));

        meeting.NestAgendaItem(report.Id, null);

        Assert.Equal(["1/0 Hapja", "2/0 Mbyllja", "3/0 Raporti", "3.1/1 Shkollat"], Outline(meeting));

        var before = Fingerprint.Of(meeting);
        meeting.NestAgendaItem(closing.Id, null);
        Assert.Equal(before, Fingerprint.Of(meeting));
    }

    [Fact]
    public void NestAgendaItem_Rejects_ItselfOrOneOfItsSubItems()
    {
        var meeting = _body.Planned();
        var report = meeting.AddAgendaItem("Raporti");
        var schools = meeting.AddAgendaItem("Shkollat", parentId: report.Id);
        var pupils = meeting.AddAgendaItem("Nxënësit", parentId: schools.Id);

        Rule.Broken("agenda.nest-under-itself", () => Fingerprint.Of(meeting), () => meeting.NestAgendaItem(report.Id, report.Id), "'Raporti' cannot be placed under itself");
        var error = Rule.Broken("agenda.nest-under-itself", () => Fingerprint.Of(meeting), () => meeting.NestAgendaItem(report.Id, pupils.Id));
        Assert.Equal("Pika „Raporti” nuk mund të vendoset nën veten ose nën një nënpikë të saj.", error.Text.Albanian);
    }

    [Fact]
    public void ReviseAgendaItem_ChangesTheTextNotesAndPresenter()
    {
        var meeting = _body.Held();
        var item = meeting.AddAgendaItem("Hapja", "Shënim", _body.Chair);

        meeting.ReviseAgendaItem(item.Id, "Hapja e takimit", null, null);

        Assert.Equal(("Hapja e takimit", (string?)null, (PersonForOrganisation?)null), (item.Title, item.Notes, item.Presenter));
    }

    [Fact]
    public void CopyAgendaFrom_CopiesStructureAndTitles_NotNotes_PresentersWhenAsked()
    {
        var last = _body.Held(new LocalDate(2024, 6, 1));
        var report = last.AddAgendaItem("Raporti", "Çfarë u tha në qershor", _body.Chair);
        last.AddAgendaItem("Shkollat", parentId: report.Id, presenter: _body.Chair);
        last.AddAgendaItem("Të ndryshme");
        var next = _body.Planned();
        next.AddAgendaItem("Hapja");

        var copies = next.CopyAgendaFrom(last, withPresenters: true);

        Assert.Equal(["1/0 Hapja", "2/0 Raporti", "2.1/1 Shkollat", "3/0 Të ndryshme"], Outline(next));
        Assert.Equal(3, copies.Count);
        Assert.All(copies, c => Assert.Null(c.Notes));
        Assert.Equal(_body.Chair, copies[0].Presenter);
        Assert.DoesNotContain(copies, c => last.Agenda.Any(o => o.Id == c.Id));

        var bare = _body.Planned();
        bare.CopyAgendaFrom(last);
        Assert.All(bare.Agenda, i => Assert.Null(i.Presenter));
    }

    [Fact]
    public void CopyAgendaFrom_Rejects_AnotherCommittee_OrAMeetingNoLongerPlanned()
    {
        var other = new MeetingTestBody().Held(new LocalDate(2024, 6, 1));
        other.AddAgendaItem("Hapja");
        var next = _body.Planned();
        var held = _body.Held();
        var last = _body.Held(new LocalDate(2024, 6, 1));

        var error = Rule.Broken("agenda.copy", () => Fingerprint.Of(next), () => next.CopyAgendaFrom(other), "belongs to another committee");
        Assert.Contains("komiteti tjetër", error.Text.Albanian, StringComparison.Ordinal);
        Rule.Broken("agenda.copy", () => Fingerprint.Of(held), () => held.CopyAgendaFrom(last), "this one is held");
    }

    [Fact]
    public void Guests_AreCorrected_AndRemoved()
    {
        var meeting = _body.Held();
        var pupils = meeting.RecordGuest(null, "Nxënës", 20);
        var school = OrganisationId.New();

        meeting.CorrectGuest(pupils.Id, school, "Nxënës të gjimnazit", 18);

        Assert.Equal((school, "Nxënës të gjimnazit", 18), (pupils.OrganisationId!.Value, pupils.Description, pupils.Count!.Value));
        var before = Fingerprint.Of(meeting);
        Assert.Throws<Krat.Domain.Common.DomainArgumentException>(() => meeting.CorrectGuest(pupils.Id, null, null, 3));
        Assert.Equal(before, Fingerprint.Of(meeting));

        meeting.RemoveGuest(pupils.Id);

        Assert.Empty(meeting.Guests);
        Assert.Throws<ArgumentException>(() => meeting.RemoveGuest(pupils.Id));
    }

    [Fact]
    public void Decisions_AreCorrected_AndRemoved_WithTheOthersRenumbered()
    {
        var meeting = _body.Held();
        var first = meeting.RecordDecision(DecisionKind.Recommendation, "Përkrahet");
        var second = meeting.RecordDecision(DecisionKind.Other, "Tjetër");
        var third = meeting.RecordDecision(DecisionKind.Other, "E treta");

        meeting.CorrectDecision(second.Id, DecisionKind.ApproveMembershipOrder, "Qendra bëhet pjesë e tryezës teknike");
        meeting.RemoveDecision(first.Id);

        Assert.Equal([(1, DecisionKind.ApproveMembershipOrder), (2, DecisionKind.Other)], meeting.Decisions.OrderBy(d => d.Number).Select(d => (d.Number, d.Kind)));
        Assert.Equal(second.Id, meeting.Decisions.Single(d => d.Number == 1).Id);
        Assert.Equal(2, third.Number);
    }

    [Fact]
    public void Commitments_AreCorrected_AndRemoved_WithTheOthersRenumbered()
    {
        var meeting = _body.Held();
        var first = meeting.RecordCommitment("Raport", _body.Seats[1].OrganisationId);
        var second = meeting.RecordCommitment("Trajnim", _body.Seats[2].OrganisationId, Day.PlusDays(10));

        meeting.CorrectCommitment(second.Id, "Trajnim për mësuesit", _body.Seats[1].OrganisationId, Day.PlusDays(40));
        meeting.RemoveCommitment(first.Id);

        var left = Assert.Single(meeting.Commitments);
        Assert.Equal((1, "Trajnim për mësuesit", _body.Seats[1].OrganisationId, (LocalDate?)Day.PlusDays(40)), (left.Number, left.What, left.OwnerId, left.Due));
    }

    [Fact]
    public void CorrectCommitment_Rejects_ADueDayBeforeTheMeeting()
    {
        var meeting = _body.Held();
        var commitment = meeting.RecordCommitment("Raport", _body.Seats[1].OrganisationId);

        var error = Rule.Broken("commitment.due-before-meeting", () => Fingerprint.Of(meeting), () => meeting.CorrectCommitment(commitment.Id, "Raport", _body.Seats[1].OrganisationId, Day.PlusDays(-1)), "due earlier, on 2024-10-30");
        Assert.Contains("më 30.10.2024", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveCommitment_Rejects_AReviewedCommitment()
    {
        var meeting = _body.Held(new LocalDate(2024, 6, 1));
        var commitment = meeting.RecordCommitment("Raport", _body.Seats[1].OrganisationId);
        meeting.ReviewCommitment(commitment.Id, _body.Held(), CommitmentStatus.Open, "Në proces");

        var error = Rule.Broken("commitment.reviewed", () => Fingerprint.Of(meeting), () => meeting.RemoveCommitment(commitment.Id), "was reviewed on 2024-10-31");
        Assert.Contains("u shqyrtua më 31.10.2024", error.Text.Albanian, StringComparison.Ordinal);
    }
}
