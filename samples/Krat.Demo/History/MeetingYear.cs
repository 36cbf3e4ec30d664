using Krat.Domain.Committees;
using Krat.Domain.Meetings;
using NodaTime;

namespace Krat.Demo.History;

/// <summary>
/// The meetings of one committee in one year: the annual analysis (Jan–Feb, approves the plan), quarterly
/// committee meetings, the campaign closing at the end of October, Technical Table meetings, now and then an
/// extraordinary one; some cancelled; later than "today" they stay planned. Held meetings get a chair, an agenda,
/// attendance for every seat (present, excused, absent), guests, decisions and commitments; open commitments of
/// earlier meetings are reviewed (done, dropped or still open) and the last ones stay open, some overdue.
/// </summary>
internal sealed class MeetingYear(HistoryOptions options, CommitteeFrame frame, YearFrame year)
{
    private static readonly string[] CancelReasons =
    [
        "Mungesë kuorumi", "Përplasje me një aktivitet kombëtar", "Kushtet e motit", "Prefekti u thirr në një takim në Tiranë",
    ];

    private static readonly string[] CommitmentTexts =
    [
        "Të organizohen seanca informuese në shkollat e qarkut.", "Të përditësohet lista e fëmijëve në situatë rruge.",
        "Të dërgohet raporti periodik te Koordinatori Kombëtar.", "Të përgatitet kalendari i aktiviteteve të muajit tetor.",
        "Të bashkërendohen kontrollet e përbashkëta në vendet e punës sezonale.", "Të shpërndahen fletëpalosjet në njësitë administrative.",
        "Të identifikohen familjet në nevojë për mbështetje ekonomike.", "Të trajnohen punonjësit e rinj të Njësisë për Mbrojtjen e Fëmijës.",
    ];

    private readonly Random _random = new(HistoryIds.Mix(options.Seed, frame.CountyIndex, year.Year, frame.MeetingStream));
    private readonly LocalDate _today = options.EffectiveToday;
    private HistoryIds _ids = null!;

    public IReadOnlyList<Meeting> Build()
    {
        _ids = new HistoryIds(_random, frame.CountyIndex, frame.MeetingStream);
        var slots = Slots();
        var meetings = new List<Meeting>();
        foreach (var slot in slots)
        {
            meetings.Add(Hold(slot, meetings));
        }

        return meetings;
    }

    private List<Slot> Slots()
    {
        var y = year.Year;
        var slots = new List<Slot>();
        void Add(CommitteeBody body, MeetingKind kind, LocalDate first, LocalDate last, MeetingId? id = null, DecisionId? approves = null)
        {
            first = RandomExtensions.Max(first, year.Start);
            last = RandomExtensions.Min(last, year.End);
            if (first > last)
            {
                return;
            }

            var day = RandomExtensions.Weekday(_random.Day(first, last));
            while (slots.Exists(s => s.Day == day) || day > year.End)
            {
                day = day.PlusDays(-1);
                if (day < year.Start)
                {
                    return;
                }
            }

            slots.Add(new Slot(body, kind, day, id ?? new MeetingId(_ids.Next(IdKind.Meeting, day)), approves));
        }

        if (year.GeneratesAnnualAndClosing && year.Annual is { } annual)
        {
            slots.Add(new Slot(CommitteeBody.Committee, MeetingKind.AnnualAnalysis, annual.Date, annual.Id, annual.ApprovePlan));
        }

        Add(CommitteeBody.Committee, MeetingKind.Regular, new LocalDate(y, 5, 2), new LocalDate(y, 6, 28));
        Add(CommitteeBody.Committee, MeetingKind.Regular, new LocalDate(y, 9, 1), new LocalDate(y, 9, 25));
        Add(CommitteeBody.Committee, MeetingKind.Regular, new LocalDate(y, 12, 1), new LocalDate(y, 12, 20));
        if (year.GeneratesAnnualAndClosing)
        {
            Add(CommitteeBody.Committee, MeetingKind.CampaignClosing, new LocalDate(y, 10, 27), new LocalDate(y, 10, 31));
        }

        Add(CommitteeBody.TechnicalTable, MeetingKind.Regular, new LocalDate(y, 3, 6), new LocalDate(y, 3, 28));
        Add(CommitteeBody.TechnicalTable, MeetingKind.Regular, new LocalDate(y, 6, 1), new LocalDate(y, 6, 30));
        Add(CommitteeBody.TechnicalTable, MeetingKind.Regular, new LocalDate(y, 9, 26), new LocalDate(y, 10, 20));
        Add(CommitteeBody.TechnicalTable, MeetingKind.Regular, new LocalDate(y, 11, 6), new LocalDate(y, 11, 28));
        if (_random.Chance(0.2))
        {
            Add(CommitteeBody.Committee, MeetingKind.Extraordinary, new LocalDate(y, 3, 1), new LocalDate(y, 11, 30));
        }

        return [.. slots.OrderBy(s => s.Day)];
    }

    private Meeting Hold(Slot slot, List<Meeting> earlier)
    {
        var committee = frame.Committee;
        var hour = slot.Body == CommitteeBody.Committee ? 10 : 11;
        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = committee.Id, Body = slot.Body, Kind = slot.Kind, Start = slot.Day.At(new LocalTime(hour, 0)), End = slot.Day.At(new LocalTime(hour + 2, 0)), Place = slot.Body == CommitteeBody.Committee ? frame.Place : $"Salla e mbledhjeve, {frame.Place}", Title = Title(slot), Id = slot.Id });
        var chair = ChairOn(slot.Body, slot.Day);
        if (chair is not null)
        {
            meeting.SetChair(chair);
        }

        foreach (var item in Agenda(slot))
        {
            meeting.AddAgendaItem(item, presenter: _random.Chance(0.3) ? Presenter(slot) : null);
        }

        if (slot.Day > _today)
        {
            return meeting;
        }

        if (slot.Kind is MeetingKind.Regular or MeetingKind.Extraordinary && _random.Chance(0.1))
        {
            meeting.Cancel(_random.Pick(CancelReasons));
            return meeting;
        }

        meeting.MarkHeld(meeting.EndsAt);
        foreach (var seat in committee.SeatsOn(slot.Body, slot.Day))
        {
            Attend(meeting, seat, slot.Day);
        }

        if (_random.Chance(0.25) && frame.Schools.Count > 0)
        {
            var school = _random.Pick(frame.Schools);
            meeting.RecordGuest(school.Id, $"Grup nxënësish: {school.Name}", _random.Next(3, 15));
        }

        Decide(meeting, slot);
        Review(meeting, earlier);
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            LocalDate? due = _random.Chance(0.8) ? slot.Day.PlusDays(_random.Next(14, 120)) : null;
            meeting.RecordCommitment(_random.Pick(CommitmentTexts), _random.Pick(frame.Members), due, new CommitmentId(_ids.Next(IdKind.Commitment, slot.Day)));
        }

        var approval = slot.Day.PlusDays(_random.Next(0, 15));
        if (chair is not null && approval <= _today && (_random.Chance(0.85) || options.IsStale(approval)))
        {
            meeting.ApproveMinutes(approval, chair.PersonId);
        }
        else if (chair is null && approval <= _today && options.IsStale(approval) && ChairOn(CommitteeBody.Committee, slot.Day) is { } committeeChair)
        {
            // A body whose chair seat has nobody named (Durrës's Technical Table: the seed names no Secretary General)
            // has its old minutes approved by the committee's chair, so that nothing long past waits (no draw here,
            // so the rest of the history stays as it was).
            meeting.ApproveMinutes(approval, committeeChair.PersonId);
        }

        return meeting;
    }

    private void Attend(Meeting meeting, Seat seat, LocalDate day)
    {
        var roll = _random.NextDouble();
        if (roll < 0.72)
        {
            var representatives = seat.RepresentativesOn(day);
            var titular = representatives.FirstOrDefault(r => r.Capacity == RepresentationCapacity.Titular);
            var deputy = representatives.FirstOrDefault(r => r.Capacity == RepresentationCapacity.Deputy);
            if (deputy is not null && _random.Chance(0.25))
            {
                meeting.RecordPresent(seat, PresenceCapacity.Deputy, deputy.PersonId);
            }
            else if (titular is not null && _random.Chance(0.9))
            {
                meeting.RecordPresent(seat, PresenceCapacity.Titular, titular.PersonId);
            }
            else
            {
                meeting.RecordPresent(seat, PresenceCapacity.Substitute);
            }
        }
        else if (roll < 0.88)
        {
            meeting.RecordExcused(seat);
        }
        else
        {
            meeting.RecordAbsent(seat);
        }
    }

    private void Decide(Meeting meeting, Slot slot)
    {
        if (slot.ApprovesPlan is { } approval)
        {
            meeting.RecordDecision(DecisionKind.ApprovePlan, $"Miratohet plani rajonal i veprimit kundër trafikimit të qenieve njerëzore për vitin {year.Year}.", approval);
            if (_random.Chance(0.4))
            {
                meeting.RecordDecision(DecisionKind.ApproveMembershipOrder, "Miratohet përbërja e komitetit dhe e tryezës teknike.", new DecisionId(_ids.Next(IdKind.Decision, slot.Day)));
            }

            if (_random.Chance(0.3))
            {
                meeting.RecordDecision(DecisionKind.ApproveRegulation, "Miratohet rregullorja e funksionimit të komitetit.", new DecisionId(_ids.Next(IdKind.Decision, slot.Day)));
            }

            return;
        }

        for (var i = _random.Next(0, 3); i > 0; i--)
        {
            var kind = _random.Chance(0.7) ? DecisionKind.Recommendation : DecisionKind.Other;
            var text = kind == DecisionKind.Recommendation
                ? "Rekomandohet forcimi i bashkëpunimit ndërinstitucional për identifikimin e hershëm të viktimave."
                : "Miratohet kalendari i veprimtarive për tremujorin e ardhshëm.";
            meeting.RecordDecision(kind, text, new DecisionId(_ids.Next(IdKind.Decision, slot.Day)));
        }
    }

    private void Review(Meeting at, List<Meeting> earlier)
    {
        foreach (var origin in earlier.Where(m => m.State == MeetingState.Held))
        {
            foreach (var commitment in origin.Commitments.Where(c => c.Status == CommitmentStatus.Open).ToList())
            {
                var roll = _random.NextDouble();
                if (roll < 0.5)
                {
                    origin.ReviewCommitment(commitment.Id, at, CommitmentStatus.Done, "U realizua dhe u raportua në mbledhje.");
                }
                else if (roll < 0.58)
                {
                    origin.ReviewCommitment(commitment.Id, at, CommitmentStatus.Dropped, "Nuk është më e nevojshme.");
                }
                else if (roll < 0.8)
                {
                    origin.ReviewCommitment(commitment.Id, at, CommitmentStatus.Open, "Në proces; do të raportohet në mbledhjen e ardhshme.");
                }
            }
        }
    }

    private PersonForOrganisation? ChairOn(CommitteeBody body, LocalDate day)
    {
        var seat = frame.Committee.HolderOf(body, Post.Chair, day);
        var person = seat?.RepresentativesOn(day).OrderBy(r => r.Capacity).FirstOrDefault();
        return seat is null || person is null ? null : PersonForOrganisation.Of(person.PersonId, seat.OrganisationId);
    }

    private PersonForOrganisation? Presenter(Slot slot)
    {
        var seats = frame.Committee.SeatsOn(slot.Body, slot.Day);
        if (seats.Count == 0)
        {
            return null;
        }

        var seat = _random.Pick(seats);
        var representatives = seat.RepresentativesOn(slot.Day);
        var person = representatives.Count > 0 ? representatives[0] : null;
        return person is null ? null : PersonForOrganisation.Of(person.PersonId, seat.OrganisationId);
    }

    private string Title(Slot slot) => slot.Kind switch
    {
        MeetingKind.AnnualAnalysis => $"Mbledhja vjetore e analizës së KRAT {frame.County.Name}",
        MeetingKind.CampaignClosing => "Takim në kuadër të mbylljes së aktiviteteve ndërgjegjësuese antitrafik të muajit tetor",
        MeetingKind.Extraordinary => "Mbledhje e jashtëzakonshme e komitetit",
        _ when slot.Body == CommitteeBody.TechnicalTable => $"Mbledhja e tryezës teknike, {MonthName(slot.Day.Month)} {slot.Day.Year}",
        _ => $"Mbledhja e rregullt e komitetit, {MonthName(slot.Day.Month)} {slot.Day.Year}",
    };

    private List<string> Agenda(Slot slot) => slot.Kind switch
    {
        MeetingKind.AnnualAnalysis => [$"Analiza e punës së vitit {year.Year - 1}", $"Miratimi i planit rajonal të veprimit kundër trafikimit për vitin {year.Year}", "Të ndryshme"],
        MeetingKind.CampaignClosing => ["Hapja e takimit nga Prefekti", "Informim mbi aktivitetet ndërgjegjësuese të muajit tetor", "Analiza e problematikave të hasura"],
        MeetingKind.Extraordinary => ["Rasti i raportuar nga policia dhe masat e menjëhershme", "Bashkërendimi i shërbimeve"],
        _ when slot.Day.Month == 9 => ["Përgatitja e kalendarit të muajit tetor", "Ecuria e zbatimit të planit të veprimit"],
        _ => _random.Sample<string>(["Ecuria e zbatimit të planit të veprimit", "Rishikimi i angazhimeve të mbledhjes së kaluar", "Situata e fëmijëve në situatë rruge", "Raportimi te Koordinatori Kombëtar", "Të ndryshme"], _random.Next(2, 5)),
    };

    private static string MonthName(int month) => month switch
    {
        1 => "janar", 2 => "shkurt", 3 => "mars", 4 => "prill", 5 => "maj", 6 => "qershor",
        7 => "korrik", 8 => "gusht", 9 => "shtator", 10 => "tetor", 11 => "nëntor", _ => "dhjetor",
    };

    private sealed record Slot(CommitteeBody Body, MeetingKind Kind, LocalDate Day, MeetingId Id, DecisionId? ApprovesPlan);
}
