using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Initiatives;
using Krat.Domain.Meetings;
using Krat.Domain.People;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Initiatives;

public sealed class InitiativeTests
{
    private static readonly InitiativeId Id = new(Guid.Parse("00000000-0000-7000-8000-0000000cc001"));
    private static readonly PersonId Prefect = new(Guid.Parse("00000000-0000-7000-8000-0000000cc002"));
    private static readonly MeetingId Meeting = new(Guid.Parse("00000000-0000-7000-8000-0000000cc003"));
    private static readonly LocalDate Day = new(2023, 10, 31);

    private static Initiative Draft() =>
        Initiative.Propose(Id, KratDurres, "Projekt për fëmijët në situatë rruge", [TargetGroup.ChildrenInStreetSituations], proposingGroup: "Nxënësit e shkollës", supporterIds: [WorldVision]);

    private static string State(Initiative i) =>
        $"{i.Title}|{i.Status}|{i.Endorsement}|{i.ActiveFrom}|{i.CompletedOn}|{string.Join(",", i.ProposerIds)}|{i.ProposingGroup}|{string.Join(",", i.SupporterIds)}|{string.Join(",", i.Beneficiaries)}";

    [Fact]
    public void Propose_AcceptsADescribedGroupAsProposer()
    {
        var initiative = Draft();
        Assert.Equal(InitiativeStatus.Draft, initiative.Status);
        Assert.Equal("projekt per femijet ne situate rruge nxenesit e shkolles", initiative.SearchText);
    }

    [Fact]
    public void Propose_Rejects_NoProposer()
    {
        var error = Assert.Throws<DomainException>(() => Initiative.Propose(Id, KratDurres, "Ide", [TargetGroup.Youth]));
        Assert.Equal("initiative.proposer-required", error.Rule);
        Assert.Equal("The initiative \"Ide\" needs a proposer: an organisation or a described group of people.", error.Message);
    }

    [Fact]
    public void Propose_Rejects_ASupporterWhoIsAlsoAProposer()
    {
        var error = Assert.Throws<DomainException>(() => Initiative.Propose(Id, KratDurres, "Ide", [TargetGroup.Youth], proposerIds: [WorldVision], supporterIds: [WorldVision]));
        Assert.Equal("initiative.supporter-not-proposer", error.Rule);
    }

    [Fact]
    public void Endorse_Records_WhoAndWhen()
    {
        var initiative = Draft();
        initiative.Endorse(Endorsement.By(Day, Education, Prefect, Meeting));
        Assert.Equal(InitiativeStatus.Endorsed, initiative.Status);
        Assert.Equal(Prefect, initiative.Endorsement!.PersonId);
        Assert.Equal(Day, initiative.Endorsement.On);
    }

    [Fact]
    public void Endorsement_Needs_AnOrganisationOrAPerson()
    {
        Assert.Throws<DomainArgumentException>(() => Endorsement.By(Day));
    }

    [Fact]
    public void Transitions_GoOneStepAtATime()
    {
        var initiative = Draft();
        var before = State(initiative);
        var error = Assert.Throws<DomainException>(() => initiative.Activate(Day));
        Assert.Equal("initiative.transition", error.Rule);
        Assert.Equal("The initiative \"Projekt për fëmijët në situatë rruge\" is draft; it can become active only from endorsed.", error.Message);
        Assert.Equal("initiative.transition", Assert.Throws<DomainException>(() => initiative.Complete(Day)).Rule);
        Assert.Equal(before, State(initiative));

        initiative.Endorse(Endorsement.By(Day, personId: Prefect));
        Assert.Equal("initiative.transition", Assert.Throws<DomainException>(() => initiative.Endorse(Endorsement.By(Day, personId: Prefect))).Rule);
        Assert.Equal("initiative.dates-in-order", Assert.Throws<DomainException>(() => initiative.Activate(Day.PlusDays(-1))).Rule);
        initiative.Activate(new LocalDate(2023, 11, 15));
        Assert.Equal("initiative.dates-in-order", Assert.Throws<DomainException>(() => initiative.Complete(new LocalDate(2023, 11, 1))).Rule);
        initiative.Complete(new LocalDate(2024, 6, 1));
        Assert.Equal(InitiativeStatus.Completed, initiative.Status);
        before = State(initiative);
        Assert.Equal("initiative.completed-final", Assert.Throws<DomainException>(() => initiative.Edit("X", null, [TargetGroup.Youth], [], "Grup", [])).Rule);
        Assert.Equal(before, State(initiative));
    }
}
