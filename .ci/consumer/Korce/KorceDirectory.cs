#region directory
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using NodaTime;

namespace Prefektura.Korce.Setup;
/// <summary>
/// The organisations and people KRAT Korçë starts with. The institutions are Korçë County's; the people's
/// names are invented for this guide.
/// </summary>
public sealed class KorceDirectory
{
    /// <summary>Korçë County (ISO 3166-2 AL-06), from the catalogue that ships with Krat.Domain.</summary>
    public static readonly CountyCode County = Albania.FindCounty("Korçë")!.Code;

    /// <summary>Registers the organisations and people; <paramref name="from"/> is the first day they represent them.</summary>
    public KorceDirectory(LocalDate from)
    {
        Prefecture = Register("Prefektura e Qarkut Korçë", "Prefecture of Korçë County", OrganisationKind.Prefecture, OrganisationLevel.Regional);
        MunicipalityKorce = Register("Bashkia Korçë", "Municipality of Korçë", OrganisationKind.LocalGovernment, OrganisationLevel.Local);
        MunicipalityPogradec = Register("Bashkia Pogradec", "Municipality of Pogradec", OrganisationKind.LocalGovernment, OrganisationLevel.Local);
        Police = Register("Drejtoria Vendore e Policisë Korçë", "Korçë Local Police Directorate", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional);
        SocialServices = Register("Drejtoria Rajonale e Shërbimit Social Shtetëror Korçë", "Korçë Regional State Social Service", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional);
        EducationOffice = Register("Zyra Vendore Arsimore Korçë", "Korçë Local Education Office", OrganisationKind.RegionalStateInstitution, OrganisationLevel.Regional);
        Ngo = Register("Qendra \"Hapa të Sigurt\" Korçë", "\"Safe Steps\" Centre Korçë", OrganisationKind.Ngo, OrganisationLevel.Local);
        Shelter = Register("Strehëza \"Drita\" Korçë", "\"Drita\" Shelter Korçë", OrganisationKind.Ngo, OrganisationLevel.Local);

        // A person represents an organisation for a period; the seat they fill is the organisation's, not theirs.
        Prefect = Person.Register("Arben", "Dervishi", "Z.", "Prefekt i Qarkut Korçë");
        Prefect.Represent(Prefecture.Id, Term.From(from), "Prefekt");
        SecretaryGeneral = Person.Register("Elona", "Koçi", "Znj.", "Sekretare e Përgjithshme e Prefekturës Korçë");
        SecretaryGeneral.Represent(Prefecture.Id, Term.From(from), "Sekretare e Përgjithshme");
        PoliceDirector = Person.Register("Gentian", "Shehu", "Z.", "Drejtor i Policisë Vendore Korçë");
        PoliceDirector.Represent(Police.Id, Term.From(from), "Drejtor");
        PoliceDeputy = Person.Register("Mirela", "Gjika", "Znj.", "Zëvendësdrejtore e Policisë Vendore Korçë");
        PoliceDeputy.Represent(Police.Id, Term.From(from), "Zëvendësdrejtore");
        NgoDirector = Person.Register("Ilir", "Prifti", "Z.", "Drejtor i Qendrës \"Hapa të Sigurt\"");
        NgoDirector.Represent(Ngo.Id, Term.From(from), "Drejtor");
    }

    /// <summary>The Prefecture, which chairs the committee and its Technical Table.</summary>
    public Organisation Prefecture { get; }

    /// <summary>The municipality of Korçë.</summary>
    public Organisation MunicipalityKorce { get; }

    /// <summary>The municipality of Pogradec.</summary>
    public Organisation MunicipalityPogradec { get; }

    /// <summary>The local police directorate.</summary>
    public Organisation Police { get; }

    /// <summary>The regional State Social Service.</summary>
    public Organisation SocialServices { get; }

    /// <summary>The local education office.</summary>
    public Organisation EducationOffice { get; }

    /// <summary>A local NGO (invented name).</summary>
    public Organisation Ngo { get; }

    /// <summary>A shelter run by an NGO (invented name) that later joins the Technical Table as a service provider.</summary>
    public Organisation Shelter { get; }

    /// <summary>The Prefect, who chairs the committee for the Prefecture.</summary>
    public Person Prefect { get; }

    /// <summary>The Secretary General, who chairs the Technical Table for the Prefecture.</summary>
    public Person SecretaryGeneral { get; }

    /// <summary>The police director (titular on the police seat).</summary>
    public Person PoliceDirector { get; }

    /// <summary>The police deputy director (deputy on the police seat).</summary>
    public Person PoliceDeputy { get; }

    /// <summary>The NGO's director.</summary>
    public Person NgoDirector { get; }

    /// <summary>Every organisation, to save in one call.</summary>
    public IReadOnlyList<Organisation> Organisations =>
        [Prefecture, MunicipalityKorce, MunicipalityPogradec, Police, SocialServices, EducationOffice, Ngo, Shelter];

    /// <summary>Every person, to save in one call.</summary>
    public IReadOnlyList<Person> People => [Prefect, SecretaryGeneral, PoliceDirector, PoliceDeputy, NgoDirector];

    private static Organisation Register(string name, string englishName, OrganisationKind kind, OrganisationLevel level)
    {
        // The Albanian name first; the English name (and an acronym, where there is one) in the same call.
        return Organisation.Register(name, kind, level, County, englishName);
    }
}
#endregion
