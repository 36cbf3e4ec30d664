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
            Initiative.Propose(I(1), KratDurres, "A", [TargetGroup.Youth], proposerIds: [Education], proposingGroup: "Nxënësit"),
            Initiative.Propose(I(2), KratDurres, "B", [TargetGroup.Youth], proposerIds: [WorldVision]),
            Initiative.Propose(I(3), KratDurres, "C", [TargetGroup.Youth], proposerIds: [Social]),
            Initiative.Propose(I(4), KratTirana, "D", [TargetGroup.Youth], proposerIds: [Social]),
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
