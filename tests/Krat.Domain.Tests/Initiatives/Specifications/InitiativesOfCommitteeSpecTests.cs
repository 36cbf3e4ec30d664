using Krat.Domain.Activities;
using Krat.Domain.Initiatives;
using Krat.Domain.Initiatives.Specifications;
using NodaTime;
using static Krat.Domain.Tests.Activities.ActivityTestData;

namespace Krat.Domain.Tests.Initiatives.Specifications;

public sealed class InitiativesOfCommitteeSpecTests
{
    private static InitiativeId I(int n) => new(Guid.Parse($"00000000-0000-7000-8000-{0xcc00 + n:x12}"));

    private static List<Initiative> Set()
    {
        var list = new List<Initiative>
        {
            Initiative.Propose(new InitiativeProposal { CommitteeId = KratDurres, Title = "A", Beneficiaries = [TargetGroup.Youth], ProposerIds = [Education], ProposingGroup = "Nxënësit", Id = I(1) }),
            Initiative.Propose(new InitiativeProposal { CommitteeId = KratDurres, Title = "B", Beneficiaries = [TargetGroup.Youth], ProposerIds = [WorldVision], Id = I(2) }),
            Initiative.Propose(new InitiativeProposal { CommitteeId = KratDurres, Title = "C", Beneficiaries = [TargetGroup.Youth], ProposerIds = [Social], Id = I(3) }),
            Initiative.Propose(new InitiativeProposal { CommitteeId = KratTirana, Title = "D", Beneficiaries = [TargetGroup.Youth], ProposerIds = [Social], Id = I(4) }),
        };
        list[0].Endorse(Endorsement.By(new LocalDate(2023, 10, 31), Education));
        return list;
    }

    [Fact]
    public void Lists_ByStatusThenCreation()
    {
        Assert.Equal([I(2), I(3), I(1)], new InitiativesOfCommitteeSpec(KratDurres).Evaluate(Set()).Select(i => i.Id));
    }

    [Fact]
    public void Status_Filters()
    {
        Assert.Equal([I(1)], new InitiativesOfCommitteeSpec(KratDurres, InitiativeStatus.Endorsed).Evaluate(Set()).Select(i => i.Id));
        Assert.Empty(new InitiativesOfCommitteeSpec(KratDurres, InitiativeStatus.Active).Evaluate(Set()));
    }
}
