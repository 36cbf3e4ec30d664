// A throwaway program that another prefecture could write against the two Krat packages only.
// .ci/consumer-check builds it outside the repository, against packages packed a moment before.
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;

var kruje = Albania.Municipality("Kruje");
Check(kruje.Name == "Krujë" && kruje.County == CountyCode.From("AL-02"), "municipality look-up without diacritics");
Check(Albania.Counties.Count == 12 && Albania.Municipalities.Count == 61, "the shipped catalogue");

var organisations = new[]
{
    Organisation.Register("Prefektura e Qarkut Korçë", OrganisationKind.Prefecture, OrganisationLevel.Regional, CountyCode.From("AL-06")),
    Organisation.Register("Bashkia Krujë", OrganisationKind.LocalGovernment, OrganisationLevel.Local, CountyCode.From("AL-02")),
};
var found = new OrganisationsMatchingSpec("korce").Evaluate(organisations).ToList();
Check(found.Count == 1 && found[0].Name == "Prefektura e Qarkut Korçë", "a specification evaluated in memory");

Console.WriteLine("consumer: ok");

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"consumer: FAILED {what}");
        Environment.Exit(1);
    }

    Console.WriteLine($"consumer: {what}");
}
