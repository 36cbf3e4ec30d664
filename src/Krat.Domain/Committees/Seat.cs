using Krat.Domain.Common;
using Krat.Domain.Organisations;
using Krat.Domain.Partnerships;
using Krat.Domain.People;
using NodaTime;

namespace Krat.Domain.Committees;

/// <summary>
/// A seat of an organisation on one body of a committee for a <see cref="Term"/>: as a standing member,
/// invited member or observer, with or without a vote. Members are institutions by function; the people
/// who fill the seat (<see cref="Representatives"/>) and the posts held through it (<see cref="Posts"/>)
/// change over time, always within the seat's term. A child entity of <see cref="Committee"/>.
/// A Technical Table seat of a service provider (<see cref="ServiceProviderId"/>) also carries the services the
/// provider offers; it is granted, changed and ended only together with the provider
/// (<see cref="TechnicalTableMembership"/>), so the two never drift apart.
/// </summary>
public sealed class Seat
{
    private readonly List<PostAssignment> _posts = [];
    private readonly List<SeatRepresentative> _representatives = [];
    private readonly List<ServiceType> _services = [];

    internal Seat(SeatId id, CommitteeId committeeId, int grantOrder, CommitteeBody body, OrganisationId organisationId, SeatRole role, bool votes, Term term, ServiceProviderId? serviceProviderId = null, IEnumerable<ServiceType>? services = null)
    {
        Id = id;
        GrantOrder = grantOrder;
        CommitteeId = committeeId;
        Body = body;
        OrganisationId = organisationId;
        Role = role;
        Votes = votes;
        Term = term;
        ServiceProviderId = serviceProviderId;
        _services.AddRange(services ?? []);
    }

    private Seat()
    {
        Term = Term.Unset;
    }

    /// <summary>The identity of the seat; meetings refer to it in their attendance.</summary>
    public SeatId Id { get; private set; }

    /// <summary>
    /// The seat's place in the order the committee granted its seats: 1 for the first, then one more for each. Unlike
    /// the identity (a version 7 GUID, random within a millisecond) it orders seats granted in the same millisecond
    /// as they were granted.
    /// </summary>
    public int GrantOrder { get; private set; }

    /// <summary>The committee the seat belongs to.</summary>
    public CommitteeId CommitteeId { get; private set; }

    /// <summary>The body (committee or Technical Table) the seat is on.</summary>
    public CommitteeBody Body { get; private set; }

    /// <summary>The organisation holding the seat.</summary>
    public OrganisationId OrganisationId { get; private set; }

    /// <summary>Standing, invited or observer.</summary>
    public SeatRole Role { get; private set; }

    /// <summary>Whether the seat votes on decisions.</summary>
    public bool Votes { get; private set; }

    /// <summary>The days on which the organisation holds the seat, both inclusive.</summary>
    public Term Term { get; private set; }

    /// <summary>
    /// The service provider the seat is for, when a provider sits at the Technical Table through it (the seat is then
    /// held by the provider's operator, <see cref="OrganisationId"/>); <see langword="null"/> for other seats.
    /// </summary>
    public ServiceProviderId? ServiceProviderId { get; private set; }

    /// <summary>
    /// The services the provider brings to the Technical Table through this seat, the same as the provider's
    /// <see cref="ServiceProvider.ServiceTypes"/> while the seat runs (and as they were when it ended); empty for a
    /// seat without a provider.
    /// </summary>
    public IReadOnlyList<ServiceType> Services => _services;

    /// <summary>The posts held through this seat over time.</summary>
    public IReadOnlyList<PostAssignment> Posts => _posts;

    /// <summary>The people who fill the seat over time.</summary>
    public IReadOnlyList<SeatRepresentative> Representatives => _representatives;

    /// <summary>The post held through the seat on a day: an assigned post, else <see cref="Post.Member"/> while the seat runs.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The posts assigned on that day, or <see cref="Post.Member"/> alone.</returns>
    public IReadOnlyList<Post> PostsOn(LocalDate date)
    {
        var posts = _posts.Where(p => p.Term.Contains(date)).Select(p => p.Post).Order().ToList();
        return posts.Count > 0 ? posts : [Post.Member];
    }

    /// <summary>The people filling the seat on a day, titular first.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The representatives whose term covers the day.</returns>
    public IReadOnlyList<SeatRepresentative> RepresentativesOn(LocalDate date) =>
        [.. _representatives.Where(r => r.Term.Contains(date)).OrderBy(r => r.Capacity).ThenBy(r => r.PersonId)];

    internal void AddPost(PostAssignment post) => _posts.Add(post);

    internal void AddRepresentative(SeatRepresentative representative) => _representatives.Add(representative);

    internal void SetTerm(Term term) => Term = term;

    internal void SetServices(IEnumerable<ServiceType> services)
    {
        _services.Clear();
        _services.AddRange(services);
    }
}

/// <summary>A post (chair, vice-chair, secretary) held through a seat for a period within the seat's term.</summary>
public sealed class PostAssignment
{
    internal PostAssignment(Post post, Term term)
    {
        Id = Guid.CreateVersion7();
        Post = post;
        Term = term;
    }

    private PostAssignment()
    {
        Term = Term.Unset;
    }

    // The storage key of the assignment; it is identified by its seat, post and term.
    internal Guid Id { get; private set; }

    /// <summary>The post.</summary>
    public Post Post { get; private set; }

    /// <summary>The days on which the post is held, both inclusive.</summary>
    public Term Term { get; private set; }

    internal void SetTerm(Term term) => Term = term;
}

/// <summary>A person filling a seat as titular or deputy for a period within the seat's term.</summary>
public sealed class SeatRepresentative
{
    internal SeatRepresentative(PersonId personId, RepresentationCapacity capacity, Term term)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        Capacity = capacity;
        Term = term;
    }

    private SeatRepresentative()
    {
        Term = Term.Unset;
    }

    // The storage key of the appointment; it is identified by its seat, person and term.
    internal Guid Id { get; private set; }

    /// <summary>The person.</summary>
    public PersonId PersonId { get; private set; }

    /// <summary>Titular or deputy.</summary>
    public RepresentationCapacity Capacity { get; private set; }

    /// <summary>The days on which the person fills the seat, both inclusive.</summary>
    public Term Term { get; private set; }

    internal void SetTerm(Term term) => Term = term;
}
