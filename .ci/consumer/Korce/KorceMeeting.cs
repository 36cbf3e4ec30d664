#region meeting
using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using NodaTime;

namespace Prefektura.Korce.Setup;

/// <summary>A meeting of KRAT Korçë from plan to approved minutes.</summary>
public static class KorceMeeting
{
    /// <summary>Plans, holds and records the closing meeting of the awareness month.</summary>
    /// <param name="committee">The committee, loaded with its seats (attendance is checked against them).</param>
    /// <param name="d">The organisations and people.</param>
    /// <param name="day">The day of the meeting.</param>
    /// <param name="now">The current moment, from the host's <see cref="IClock"/>: a meeting is held only once it has started.</param>
    /// <returns>The meeting, to save with <c>IRepository&lt;Meeting&gt;.AddAsync</c>.</returns>
    public static Meeting HoldClosingMeeting(Committee committee, KorceDirectory d, LocalDate day, Instant now)
    {
        // Planned: body, kind, start and end in Europe/Tirane (Albania.TimeZone), place, title.
        var meeting = Meeting.Plan(new MeetingPlan
        {
            CommitteeId = committee.Id,
            Body = CommitteeBody.Committee,
            Kind = MeetingKind.CampaignClosing,
            Start = day.At(new LocalTime(10, 0)),
            End = day.At(new LocalTime(12, 0)),
            Place = "Prefektura e Qarkut Korçë",
            Title = "Mbyllja e muajit të ndërgjegjësimit antitrafik",
        });
        var prefect = PersonForOrganisation.Of(d.Prefect.Id, d.Prefecture.Id);
        meeting.SetChair(prefect);
        meeting.AddAgendaItem("Hapja e takimit", presenter: prefect);
        meeting.AddAgendaItem("Aktivitetet e muajit tetor");

        // Held: only after its start (now ≥ start). Attendance, decisions and commitments are what happened at a
        // held meeting, so they are refused while it is only planned: MarkHeld comes first.
        meeting.MarkHeld(now);

        // Attendance: one entry per seat of the body on the day, checked against the committee's seats and their
        // representatives on that day, all or nothing.
        var seats = committee.SeatsOn(CommitteeBody.Committee, day).ToDictionary(s => s.OrganisationId);
        meeting.RecordAttendance(committee,
        [
            SeatAttendance.Present(seats[d.Prefecture.Id].Id, PresenceCapacity.Titular, d.Prefect.Id),
            SeatAttendance.Present(seats[d.Police.Id].Id, PresenceCapacity.Deputy, d.PoliceDeputy.Id),
            SeatAttendance.Present(seats[d.Ngo.Id].Id, PresenceCapacity.Titular, d.NgoDirector.Id),
            SeatAttendance.Excused(seats[d.SocialServices.Id].Id),
            SeatAttendance.Absent(seats[d.MunicipalityPogradec.Id].Id),
        ]);

        // Commitments: what an organisation promised, with a due day; later meetings review them.
        meeting.RecordCommitment("Sesione ndërgjegjësuese në të gjitha shkollat e mesme të Pogradecit.", d.EducationOffice.Id, day.PlusMonths(3));
        meeting.RecordCommitment("Një pikë kontakti për viktimat e mundshme në çdo komisariat.", d.Police.Id, day.PlusMonths(2));

        // Approved minutes freeze the record: approve last, once everything above is in.
        meeting.ApproveMinutes(day, d.Prefect.Id);
        return meeting;
    }
}
#endregion
