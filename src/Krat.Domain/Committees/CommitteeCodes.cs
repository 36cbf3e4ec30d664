using Krat.Domain.Common;

namespace Krat.Domain.Committees;

/// <summary>How an organisation sits on a body of the committee. A code list.</summary>
public enum SeatRole
{
    /// <summary>A standing member named in the membership order.</summary>
    [Label("Anëtar i përhershëm", "Standing member")]
    Standing = 1,

    /// <summary>An invited member, such as the prosecution office, that takes part without being named in the order.</summary>
    [Label("Anëtar i ftuar", "Invited member")]
    Invited = 2,

    /// <summary>An observer that follows the work without taking part in decisions.</summary>
    [Label("Vëzhgues", "Observer")]
    Observer = 3,
}

/// <summary>A post of a body, held through a seat. A code list.</summary>
public enum Post
{
    /// <summary>Chair (the Prefect on the committee, the Secretary General on the Technical Table).</summary>
    [Label("Kryetar", "Chair")]
    Chair = 1,

    /// <summary>Vice-chair; a body may have several at once.</summary>
    [Label("Zëvendëskryetar", "Vice-chair")]
    ViceChair = 2,

    /// <summary>Secretary of the body.</summary>
    [Label("Sekretar", "Secretary")]
    Secretary = 3,

    /// <summary>Plain member: the post of every seat that holds no other post; it is never assigned.</summary>
    [Label("Anëtar", "Member")]
    Member = 4,
}

/// <summary>In which capacity a person fills a seat. A code list.</summary>
public enum RepresentationCapacity
{
    /// <summary>The titular representative; a seat has at most one at a time.</summary>
    [Label("Titullar", "Principal")]
    Titular = 1,

    /// <summary>A deputy who stands in for the titular.</summary>
    [Label("Zëvendës", "Deputy")]
    Deputy = 2,
}
