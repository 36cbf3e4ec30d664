#region committee
using Krat.Domain.Committees;
using Krat.Domain.Common;
using NodaTime;

namespace Prefektura.Korce.Setup;

/// <summary>KRAT Korçë: its committee body and Technical Table, seats, chairs and representatives.</summary>
public static class KorceCommittee
{
    /// <summary>Establishes KRAT Korçë with its seats from <paramref name="from"/>, in the order the rules need.</summary>
    /// <param name="d">The organisations and people, registered first.</param>
    /// <param name="from">The first day of the seats.</param>
    /// <returns>The committee, to save with <c>IRepository&lt;Committee&gt;.AddAsync</c>.</returns>
    public static Committee Establish(KorceDirectory d, LocalDate from)
    {
        var committee = Committee.Establish(
            KorceDirectory.County,
            "Komiteti Rajonal Antitrafik Korçë",
            "Urdhri i Kryeministrit nr. 139, datë 19.06.2006, për ngritjen e komiteteve rajonale antitrafik");

        // 1. The chair: a seat first, then the Chair post through it, then Constitute. Constitute checks that
        //    the committee body has exactly one chair on every day from then on, so it refuses before the post.
        var prefecture = committee.GrantSeat(d.Prefecture.Id, CommitteeBody.Committee, SeatRole.Standing, votes: true, Term.From(from));
        committee.AssignPost(prefecture.Id, Post.Chair, Term.From(from));
        committee.Constitute(from);

        // 2. Representatives fill a seat over time (titular or deputy); the seat stays the organisation's.
        committee.AppointRepresentative(prefecture.Id, d.Prefect, RepresentationCapacity.Titular, Term.From(from));

        // 3. The other members: institutions by function, at most one seat per organisation and body.
        var police = committee.GrantSeat(d.Police.Id, CommitteeBody.Committee, SeatRole.Standing, votes: true, Term.From(from));
        committee.AppointRepresentative(police.Id, d.PoliceDirector, RepresentationCapacity.Titular, Term.From(from));
        committee.AppointRepresentative(police.Id, d.PoliceDeputy, RepresentationCapacity.Deputy, Term.From(from));
        committee.GrantSeat(d.MunicipalityKorce.Id, CommitteeBody.Committee, SeatRole.Standing, votes: true, Term.From(from));
        committee.GrantSeat(d.MunicipalityPogradec.Id, CommitteeBody.Committee, SeatRole.Standing, votes: true, Term.From(from));
        committee.GrantSeat(d.SocialServices.Id, CommitteeBody.Committee, SeatRole.Standing, votes: true, Term.From(from));
        committee.GrantSeat(d.EducationOffice.Id, CommitteeBody.Committee, SeatRole.Standing, votes: true, Term.From(from));
        var ngo = committee.GrantSeat(d.Ngo.Id, CommitteeBody.Committee, SeatRole.Invited, votes: false, Term.From(from));
        committee.AppointRepresentative(ngo.Id, d.NgoDirector, RepresentationCapacity.Titular, Term.From(from));

        // 4. The Technical Table: the Prefecture chairs it too, through its Secretary General.
        var table = committee.GrantSeat(d.Prefecture.Id, CommitteeBody.TechnicalTable, SeatRole.Standing, votes: true, Term.From(from));
        committee.AssignPost(table.Id, Post.Chair, Term.From(from));
        committee.AppointRepresentative(table.Id, d.SecretaryGeneral, RepresentationCapacity.Titular, Term.From(from));
        committee.GrantSeat(d.Police.Id, CommitteeBody.TechnicalTable, SeatRole.Standing, votes: true, Term.From(from));
        committee.GrantSeat(d.SocialServices.Id, CommitteeBody.TechnicalTable, SeatRole.Standing, votes: true, Term.From(from));
        committee.GrantSeat(d.Ngo.Id, CommitteeBody.TechnicalTable, SeatRole.Standing, votes: true, Term.From(from));
        return committee;
    }
}
#endregion
