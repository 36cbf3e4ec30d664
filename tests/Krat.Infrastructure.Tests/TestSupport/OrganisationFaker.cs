using Krat.Domain.Geography;
using Krat.Domain.Organisations;

namespace Krat.Infrastructure.Tests.TestSupport;

/// <summary>Generates organisations with Albanian names and diacritics from a fixed seed, with repeated names to exercise tie-breaks.</summary>
public static class OrganisationFaker
{
    private static readonly string[] Heads = ["Drejtoria", "Qendra", "Shoqata", "Zyra", "Shkolla", "Njësia", "Fondacioni", "Këshilli", "Instituti", "Agjencia"];
    private static readonly string[] Middles = ["Rajonale e", "Kombëtare për", "e Mbrojtjes së", "për Ndërgjegjësim të", "Arsimore e", "Shëndetësore e", "Sociale e", "Vendore e"];
    private static readonly string[] Tails = ["Durrësit", "Korçës", "Shkodrës", "Gjirokastrës", "Fëmijëve", "Të Rinjve", "Punësimit", "Çështjeve Sociale", "Vlorës", "Elbasanit", "Lezhës", "Kukësit"];
    private static readonly string[] Acronyms = ["DRSHS", "QKB", "ZVA", "NJMF", "ASHK", "KRAT", "DVP", "ISSH"];

    public static List<Organisation> Generate(int count, int seed = 20231031)
    {
        var random = new Random(seed);
        var kinds = Enum.GetValues<OrganisationKind>();
        var result = new List<Organisation>(count);
        for (var i = 0; i < count; i++)
        {
            var name = $"{Heads[random.Next(Heads.Length)]} {Middles[random.Next(Middles.Length)]} {Tails[random.Next(Tails.Length)]}";
            var level = (OrganisationLevel)random.Next(1, 4);
            CountyCode? county = level == OrganisationLevel.Central ? null : CountyCode.From($"AL-{random.Next(1, 13):00}");
            var kind = kinds[random.Next(kinds.Length)];
            var id = new OrganisationId(GuidFrom(random));
            var organisation = random.Next(3) == 0
                ? Organisation.Register(name, kind, level, county, $"Organisation {i}", Acronyms[random.Next(Acronyms.Length)], id)
                : Organisation.Register(name, kind, level, county, id: id);

            result.Add(organisation);
        }

        return result;
    }

    private static Guid GuidFrom(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
