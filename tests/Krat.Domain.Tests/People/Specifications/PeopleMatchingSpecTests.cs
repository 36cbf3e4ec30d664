using Krat.Domain.Common;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using NodaTime;

namespace Krat.Domain.Tests.People.Specifications;

public sealed class PeopleMatchingSpecTests
{
    private readonly OrganisationId _ngo = OrganisationId.New();
    private readonly Person _egro;
    private readonly Person _jani;
    private readonly Person _shehu;
    private readonly List<Person> _people;

    public PeopleMatchingSpecTests()
    {
        _egro = Person.Register("Fabiola", "Egro", "Znj.", "Drejtuese e Rrjetit \"Sot për të Ardhmen\"");
        _egro.Represent(_ngo, Term.From(new LocalDate(2023, 1, 1)));
        _jani = Person.Register("Emiljan", "Jani", "Z.", "Prefekt i Qarkut Durrës");
        _shehu = Person.RegisterByFullName("Ëngjëll Çela", positionTitle: "Drejtor");
        _people = [_jani, _shehu, _egro];
    }

    [Fact]
    public void PeopleMatching_IgnoresDiacritics_AndOrdersByFamilyName()
    {
        Assert.Equal([_jani], new PeopleMatchingSpec("durres").Evaluate(_people));
        Assert.Equal([_shehu], new PeopleMatchingSpec("engjell cela").Evaluate(_people));
        Assert.Equal([_egro, _shehu, _jani], new PeopleMatchingSpec().Evaluate(_people));
    }

    [Fact]
    public void PeopleMatching_ByOrganisation()
    {
        Assert.Equal([_egro], new PeopleMatchingSpec(organisationId: _ngo).Evaluate(_people));
        Assert.Empty(new PeopleMatchingSpec("jani", _ngo).Evaluate(_people));
    }
}
