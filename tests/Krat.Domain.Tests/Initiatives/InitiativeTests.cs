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
        Initiative.Propose(new InitiativeProposal { CommitteeId = KratDurres, Title = "Projekt për fëmijët në situatë rruge", Beneficiaries = [TargetGroup.ChildrenInStreetSituations], ProposerIds = [Education], ProposingGroup = "Nxënësit e shkollës", SupporterIds = [WorldVision], Id = Id });

    private static string State(Initiative i) =>
        $"{i.Title}|{i.Status}|{i.Endorsement}|{i.ActiveFrom}|{i.CompletedOn}|{string.Join(",", i.ProposerIds)}|{string.Join(",", i.ProposerPersonIds)}|{i.ProposingGroup}|{string.Join(",", i.SupporterIds)}|{string.Join(",", i.Beneficiaries)}";

    [Fact]
    public void Propose_KeepsTheProposingOrganisation_AndTheGroupDescribedBesideIt()
    {
        var initiative = Draft();
        Assert.Equal(InitiativeStatus.Draft, initiative.Status);
        Assert.Equal([Education], initiative.ProposerIds);
        Assert.Empty(initiative.ProposerPersonIds);
        Assert.Equal("Nxënësit e shkollës", initiative.ProposingGroup);
        Assert.Equal("projekt per femijet ne situate rruge nxenesit e shkolles", InitiativeKeys.Search(initiative));
    }

    [Fact]
    public void Propose_MakesAnId_WhenNoneIsGiven_AndKeepsTheOneGiven()
    {
        var proposal = new InitiativeProposal { CommitteeId = KratDurres, Title = "Klub leximi", Beneficiaries = [TargetGroup.Youth], ProposerIds = [Education] };
        var made = Initiative.Propose(proposal);
        Assert.NotEqual(Guid.Empty, made.Id.Value);
        Assert.NotEqual(made.Id, Initiative.Propose(proposal).Id);
        Assert.Equal(Id, Initiative.Propose(proposal with { Id = Id }).Id);
        Assert.Equal(KratDurres, made.CommitteeId);
        Assert.Empty(made.SupporterIds);
        Assert.Null(made.Description);
    }

    [Fact]
    public void Propose_AcceptsAPersonAsTheOnlyProposer_WithoutDuplicates()
    {
        var initiative = Initiative.Propose(new InitiativeProposal { CommitteeId = KratDurres, Title = "Klub leximi", Beneficiaries = [TargetGroup.Youth], ProposerPersonIds = [Prefect, Prefect], Id = Id });

        Assert.Equal([Prefect], initiative.ProposerPersonIds);
        Assert.Empty(initiative.ProposerIds);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Nxënësit e shkollës")]
    public void Propose_Rejects_NoOrganisationOrPerson_EvenWithADescribedGroup(string? group)
    {
        var error = Assert.Throws<DomainException>(() => Initiative.Propose(new InitiativeProposal { CommitteeId = KratDurres, Title = "Ide", Beneficiaries = [TargetGroup.Youth], ProposingGroup = group, Id = Id }));
        Assert.Equal("initiative.proposer-required", error.Rule);
        Assert.Contains("needs at least one proposer: an organisation or a person", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("të paktën një propozues", error.Text.Albanian, StringComparison.Ordinal);
    }

    [Fact]
    public void Edit_Rejects_RemovingTheLastProposer_AndChangesNothing()
    {
        var initiative = Draft();
        var before = State(initiative);

        Assert.Equal("initiative.proposer-required", Assert.Throws<DomainException>(() => initiative.Edit(new InitiativeDetails { Title = "X", Beneficiaries = [TargetGroup.Youth], ProposingGroup = "Grup" })).Rule);
        Assert.Equal(before, State(initiative));
        initiative.Edit(new InitiativeDetails { Title = "X", Beneficiaries = [TargetGroup.Youth], ProposingGroup = "Grup", ProposerPersonIds = [Prefect] });
        Assert.Equal([Prefect], initiative.ProposerPersonIds);
        Assert.Empty(initiative.ProposerIds);
    }

    [Fact]
    public void Propose_Rejects_ASupporterWhoIsAlsoAProposer()
    {
        var error = Assert.Throws<DomainException>(() => Initiative.Propose(new InitiativeProposal { CommitteeId = KratDurres, Title = "Ide", Beneficiaries = [TargetGroup.Youth], ProposerIds = [WorldVision], SupporterIds = [WorldVision], Id = Id }));
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
        Assert.Equal("initiative.completed-final", Assert.Throws<DomainException>(() => initiative.Edit(new InitiativeDetails { Title = "X", Beneficiaries = [TargetGroup.Youth], ProposerIds = [Education], ProposingGroup = "Grup" })).Rule);
        Assert.Equal(before, State(initiative));
    }
    [Fact]
    public void Details_WithOneMemberChanged_EditsOnlyThatMember()
    {
        var initiative = Initiative.Propose(new InitiativeProposal
        {
            CommitteeId = KratDurres,
            Title = "Ditë e sigurt në shkollë",
            Beneficiaries = [TargetGroup.Pupils],
            ProposerIds = [Education],
            ProposingGroup = "Nxënësit e shkollës",
            Description = "Seanca për nxënësit.",
        });
        Assert.Empty(initiative.Details.ProposerPersonIds);

        initiative.Edit(initiative.Details with { ProposerPersonIds = [Prefect] });

        Assert.Equal([Prefect], initiative.ProposerPersonIds);
        Assert.Equal([Education], initiative.ProposerIds);
        Assert.Equal("Nxënësit e shkollës", initiative.ProposingGroup);
        Assert.Equal("Seanca për nxënësit.", initiative.Description);
        Assert.Equal("title", Assert.Throws<DomainArgumentException>(() => initiative.Edit(initiative.Details with { Title = " " })).ParamName);
        Assert.Equal([Prefect], initiative.ProposerPersonIds);
    }
}
