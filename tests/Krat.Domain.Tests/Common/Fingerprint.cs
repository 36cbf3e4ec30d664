using System.Globalization;
using System.Text;
using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using Krat.Domain.People;

namespace Krat.Domain.Tests.Common;

/// <summary>A full text rendering of an aggregate's state, to assert that a failed verb changed nothing.</summary>
public static class Fingerprint
{
    public static string Of(Committee committee)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{committee.Id}|{committee.Name}|{committee.LegalBasis}|{committee.ConstitutedOn}|{committee.County}\n");
        foreach (var seat in committee.Seats)
        {
            text.Append(CultureInfo.InvariantCulture, $"seat {seat.Id}|{seat.Body}|{seat.OrganisationId}|{seat.Role}|{seat.Votes}|{seat.Term}|{seat.ServiceProviderId}|{string.Join(',', seat.Services)}\n");
            foreach (var post in seat.Posts)
            {
                text.Append(CultureInfo.InvariantCulture, $"  post {post.Id}|{post.Post}|{post.Term}\n");
            }

            foreach (var representative in seat.Representatives)
            {
                text.Append(CultureInfo.InvariantCulture, $"  rep {representative.Id}|{representative.PersonId}|{representative.Capacity}|{representative.Term}\n");
            }
        }

        return text.ToString();
    }

    public static string Of(Krat.Domain.Partnerships.ServiceProvider provider) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{provider.Id}|{provider.Name}|{provider.OperatorId}|{string.Join(',', provider.ServiceTypes)}|{string.Join(',', provider.Municipalities)}|{string.Join(',', provider.TargetGroups)}|{provider.TechnicalTableCommitteeId}|{provider.TechnicalTableSeatId}|{provider.TechnicalTable}|{provider.Active}");

    public static string Of(Meeting meeting)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{meeting.Id}|{meeting.CommitteeId}|{meeting.Body}|{meeting.Kind}|{meeting.State}|{meeting.StartsAt}|{meeting.EndsAt}|{meeting.Date}|{meeting.Place}|{meeting.Title}|{meeting.Chair}|{meeting.CancellationReason}|{meeting.Minutes}|{meeting.MinutesApprovedOn}|{meeting.MinutesApprovedBy}\n");
        foreach (var item in meeting.Agenda)
        {
            text.Append(CultureInfo.InvariantCulture, $"agenda {item.Id}|{item.ParentId}|{item.Position}|{item.Title}|{item.Notes}|{item.Presenter}\n");
        }

        foreach (var a in meeting.Attendance)
        {
            text.Append(CultureInfo.InvariantCulture, $"attendance {a.Id}|{a.SeatId}|{a.OrganisationId}|{a.Status}|{a.Capacity}|{a.PersonId}\n");
        }

        foreach (var g in meeting.Guests)
        {
            text.Append(CultureInfo.InvariantCulture, $"guest {g.Id}|{g.OrganisationId}|{g.Description}|{g.Count}\n");
        }

        foreach (var d in meeting.Decisions)
        {
            text.Append(CultureInfo.InvariantCulture, $"decision {d.Id}|{d.Number}|{d.Kind}|{d.Text}\n");
        }

        foreach (var c in meeting.Commitments)
        {
            text.Append(CultureInfo.InvariantCulture, $"commitment {c.Id}|{c.Number}|{c.What}|{c.OwnerId}|{c.Due}|{c.Status}\n");
            foreach (var r in c.Reviews)
            {
                text.Append(CultureInfo.InvariantCulture, $"  review {r.Id}|{r.MeetingId}|{r.Date}|{r.Note}|{r.Status}\n");
            }
        }

        return text.ToString();
    }

    public static string Of(Person person)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{person.Id}|{person.GivenName}|{person.FamilyName}|{person.FullName}|{person.Honorific}|{person.PositionTitle}|{PersonKeys.Search(person)}|{PersonKeys.Sort(person)}\n");
        foreach (var c in person.WorkContacts)
        {
            text.Append(CultureInfo.InvariantCulture, $"contact {c.Id}|{c.Kind}|{c.Value}|{c.Validity}\n");
        }

        foreach (var r in person.Representations)
        {
            text.Append(CultureInfo.InvariantCulture, $"represents {r.Id}|{r.OrganisationId}|{r.Term}|{r.PositionTitle}\n");
        }

        return text.ToString();
    }
}
