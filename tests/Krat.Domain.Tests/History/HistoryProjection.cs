using System.Globalization;
using Krat.Demo.History;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using NodaTime;

namespace Krat.Domain.Tests.History;

/// <summary>A plain, line-per-fact projection of a generated history (no child-entity ids, which the domain draws itself).</summary>
internal static class HistoryProjection
{
    public static List<string> Of(GeneratedHistory history)
    {
        var lines = new List<string>();
        lines.AddRange(history.Organisations.Select(o => $"org {o.Id} {o.Name} {o.Kind} {o.Level} {o.County?.Value} {o.Acronym}"));
        lines.AddRange(history.People.Select(p => $"person {p.Id} {p} {string.Join(',', p.Representations.Select(r => $"{r.OrganisationId}:{r.Term}"))} {string.Join(',', p.WorkContacts.Select(c => c.Value))}"));
        foreach (var committee in history.Committees)
        {
            lines.Add($"committee {committee.Id} {committee.County.Value} {committee.Name} {D(committee.ConstitutedOn)}");
            lines.AddRange(committee.Seats.Select(s =>
                $"seat {s.Id} {s.OrganisationId} {s.Body} {s.Role} {s.Votes} {s.Term} posts {string.Join(',', s.Posts.Select(p => $"{p.Post}:{p.Term}"))} reps {string.Join(',', s.Representatives.Select(r => $"{r.PersonId}:{r.Capacity}:{r.Term}"))}"));
        }

        foreach (var meeting in history.Meetings())
        {
            lines.Add($"meeting {meeting.Id} {meeting.CommitteeId} {meeting.Body} {meeting.Kind} {meeting.State} {meeting.StartsAt} {meeting.Title} chair {meeting.Chair?.PersonId} minutes {meeting.Minutes} {D(meeting.MinutesApprovedOn)}");
            lines.AddRange(meeting.AgendaInOrder().Select(a => $"  agenda {a.Key} {a.Value.Title} {a.Value.Presenter?.PersonId}"));
            lines.AddRange(meeting.Attendance.Select(a => $"  attendance {a.SeatId} {a.Status} {a.Capacity} {a.PersonId}"));
            lines.AddRange(meeting.Decisions.Select(d => $"  decision {d.Id} {d.Kind}"));
            lines.AddRange(meeting.Commitments.Select(c => $"  commitment {c.Id} {c.OwnerId} {D(c.Due)} {c.Status} {string.Join(',', c.Reviews.Select(r => $"{r.MeetingId}:{r.Status}"))}"));
        }

        foreach (var plan in history.ActionPlans)
        {
            lines.Add($"plan {plan.Id} {plan.CommitteeId} {plan.Status} {D(plan.Start)} {D(plan.End)} {plan.ApprovedBy} {D(plan.ClosedOn)}");
            lines.AddRange(plan.Measures.Select(m => $"  measure {m.Id} {m.Code} {m.Title} {m.LeadOrganisationId} {D(m.Start)} {D(m.End)} {string.Join(',', m.Indicators.Select(i => $"{i.Kind}:{i.Baseline}:{string.Join('/', i.Targets.Select(t => t.Amount))}:{string.Join('/', i.Actuals.Select(t => t.Amount))}"))}"));
        }

        lines.AddRange(history.Campaigns.Select(c => $"campaign {c.Id} {c.CommitteeId} {c.Name} {D(c.Start)} {D(c.End)}"));
        lines.AddRange(history.Partnerships.Select(p => $"partnership {p.Id} {p.Name} {p.Period} {string.Join(',', p.Participants.Select(x => $"{x.OrganisationId}:{x.Role}"))} {string.Join(',', p.EstablishedProviderIds)}"));
        lines.AddRange(history.ServiceProviders.Select(s => $"provider {s.Id} {s.Name} {s.OperatorId} {string.Join(',', s.ServiceTypes)} {string.Join(',', s.Municipalities)} {s.TechnicalTableCommitteeId} {D(s.TechnicalTableFrom)}"));
        lines.AddRange(history.Initiatives.Select(i => $"initiative {i.Id} {i.Title} {i.Status} {D(i.Endorsement?.On)} {D(i.ActiveFrom)} {D(i.CompletedOn)}"));
        lines.AddRange(history.VictimStatistics.Select(v => $"statistics {v.Id} {v.County.Value} {v.Municipality} {D(v.PeriodStart)} {string.Join(',', v.Counts.Select(c => $"{c.Sex}{c.AgeGroup}{c.Status}{c.Form}={c.Count}"))}"));
        lines.AddRange(history.Activities().Select(Of));
        return lines;
    }

    public static string Of(Activity a) =>
        $"activity {a.Id} {a.CommitteeId} {a.Kind} {a.Status} {a.Title} {D(a.PlannedStart)} {D(a.PlannedEnd)} {D(a.ActualStart)} {string.Join(',', a.Municipalities)} {a.LeadOrganisationId} {string.Join(',', a.PartnerOrganisationIds)} {string.Join(',', a.TargetGroups)} {a.Reach} {a.MeasureId} {a.CampaignId} {a.Visibility} {a.StatusReason}";

    private static string D(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    /// <summary>Every aggregate root identity of the history.</summary>
    public static List<Guid> Ids(GeneratedHistory history) =>
        [.. history.InSaveOrder().Select(IdOf)];

    public static Guid IdOf(IAggregateRoot root) => ((IEntityId)root.GetType().GetProperty("Id")!.GetValue(root)!).Value;

    /// <summary>Every identity the history gives, of roots and of the children that carry a typed id.</summary>
    public static List<Guid> AllTypedIds(GeneratedHistory history)
    {
        var ids = Ids(history);
        ids.AddRange(history.Committees.SelectMany(c => c.Seats).Select(s => s.Id.Value));
        foreach (var meeting in history.Meetings())
        {
            ids.AddRange(meeting.Decisions.Select(d => d.Id.Value));
            ids.AddRange(meeting.Commitments.Select(c => c.Id.Value));
        }

        ids.AddRange(history.ActionPlans.SelectMany(p => p.Measures).Select(m => m.Id.Value));
        return ids;
    }
}
