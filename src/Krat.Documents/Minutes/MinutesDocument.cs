using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Geography;
using Krat.Domain.Meetings;
using Krat.Domain.Organisations;
using Krat.Domain.Organisations.Specifications;
using Krat.Domain.People;
using Krat.Domain.People.Specifications;
using static Krat.Documents.Minutes.WordParts;

namespace Krat.Documents.Minutes;

/// <summary>
/// The minutes of a meeting as a Word document (.docx): the prefecture's letterhead (prefecture, county,
/// committee), the meeting's details, the attendance table (seat, institution, representative, present /
/// substitute / excused / absent), guests, the agenda with presenters and notes, decisions, commitments (owner,
/// due date) and a signature block for the chair and the secretary. Albanian unless English is asked for.
/// Minutes that are not approved carry "DRAFT / DRAFT" in the header of every page.
/// It reads the meeting and the committee through their public read side only.
/// </summary>
public static class MinutesDocument
{
    /// <summary>The media type of the files written.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The mark in the header of every page of minutes that are not approved, the same in both languages.</summary>
    public const string DraftMark = "DRAFT / DRAFT";

    // A4 with 2 cm margins: 11906 × 16838 twips, text width 11906 − 2 × 1134.
    private const int TextWidth = 9638;

    /// <summary>Writes the minutes of a meeting.</summary>
    /// <param name="meeting">The meeting (normally held; a planned meeting gives an empty record).</param>
    /// <param name="committee">The committee the meeting belongs to, with its seats (for seat roles, posts and the signatories).</param>
    /// <param name="organisations">The names of the organisations the record names, by id (<see cref="OrganisationNamesSpec"/>; unknown ids print empty).</param>
    /// <param name="people">The names of the people the record names, by id (<see cref="PersonNamesSpec"/>).</param>
    /// <param name="culture">The language: English for an English culture, Albanian otherwise (also for <see langword="null"/>).</param>
    /// <returns>The .docx bytes.</returns>
    /// <exception cref="ArgumentException">The meeting belongs to another committee.</exception>
    public static byte[] Write(
        Meeting meeting,
        Committee committee,
        IReadOnlyDictionary<OrganisationId, OrganisationNames> organisations,
        IReadOnlyDictionary<PersonId, PersonName> people,
        CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        if (meeting.CommitteeId != committee.Id)
        {
            throw new ArgumentException("The meeting belongs to another committee.", nameof(meeting));
        }

        var language = DocumentCulture.Of(culture);
        var names = new Names(organisations, people, language);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main, language);
            var body = new Body();
            Letterhead(body, meeting, committee, language);
            Details(body, meeting, names, language);
            AttendanceSection(body, meeting, committee, names, language);
            Agenda(body, meeting, names, language);
            Decisions(body, meeting, language);
            Commitments(body, meeting, names, language);
            Signatures(body, meeting, committee, names, language);

            var section = new SectionProperties();
            if (meeting.Minutes != MinutesStatus.Approved)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(Paragraph(DraftMark, bold: true, halfPoints: 28, align: JustificationValues.Center, spaceAfter: 0));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            }

            section.Append(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U });
            body.Append(section);
            main.Document = new Document(body);
            document.PackageProperties.Title = language.Text("Procesverbal", "Minutes") + " – " + Title(meeting, language);
            document.PackageProperties.Language = language.TwoLetterISOLanguageName;
        }

        return stream.ToArray();
    }

    /// <summary>The file name of the minutes of a meeting: <c>procesverbal-2023-10-31.docx</c> or <c>minutes-2023-10-31.docx</c>.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="culture">The language of the document.</param>
    /// <returns>The file name.</returns>
    public static string FileName(Meeting meeting, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var stem = DocumentCulture.Of(culture).Text("procesverbal", "minutes");
        return $"{stem}-{meeting.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.docx";
    }

    private static string Title(Meeting meeting, CultureInfo language) => meeting.Title ?? meeting.Kind.Label().In(language);

    private static void AddStyles(MainDocumentPart main, CultureInfo language)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                    new FontSize { Val = "22" },
                    new Languages { Val = DocumentCulture.IsEnglish(language) ? "en-GB" : "sq-AL" })),
                new ParagraphPropertiesDefault()),
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle())
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "heading 1" },
                new BasedOn { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240" }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "26" }))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" });
    }

    private static void Letterhead(Body body, Meeting meeting, Committee committee, CultureInfo language)
    {
        var county = Albania.County(committee.County).Name;
        body.Append(
            Paragraph(language.Text("REPUBLIKA E SHQIPËRISË", "REPUBLIC OF ALBANIA"), bold: true, align: JustificationValues.Center, spaceAfter: 0),
            Paragraph(language.Text($"PREFEKTURA E QARKUT {county.ToUpper(language)}", $"PREFECTURE OF {county.ToUpper(language)} COUNTY"), bold: true, align: JustificationValues.Center, spaceAfter: 0),
            Paragraph(committee.Name, align: JustificationValues.Center, spaceAfter: 0),
            Paragraph(language.Text($"Qarku {county} ({committee.County.Value})", $"{county} County ({committee.County.Value})"), align: JustificationValues.Center, spaceAfter: 360),
            Paragraph(language.Text("PROCESVERBAL", "MINUTES"), bold: true, halfPoints: 32, align: JustificationValues.Center, spaceAfter: 60),
            Paragraph(Title(meeting, language), bold: true, halfPoints: 26, align: JustificationValues.Center, spaceAfter: 240));
    }

    private static void Details(Body body, Meeting meeting, Names names, CultureInfo language)
    {
        var time = $"{meeting.Start.ToString("HH:mm", CultureInfo.InvariantCulture)} – {meeting.End.ToString("HH:mm", CultureInfo.InvariantCulture)}";
        List<IReadOnlyList<string>> rows =
        [
            [language.Text("Organi", "Body"), meeting.Body.Label().In(language)],
            [language.Text("Lloji i mbledhjes", "Kind of meeting"), meeting.Kind.Label().In(language)],
            [language.Text("Data", "Date"), language.Date(meeting.Date)],
            [language.Text("Ora", "Time"), time],
            [language.Text("Vendi", "Place"), meeting.Place],
            [language.Text("Drejtoi", "Chaired by"), meeting.Chair is { } chair ? names.PersonFor(chair) : string.Empty],
            [language.Text("Procesverbali", "Minutes"), MinutesState(meeting, names, language)],
        ];
        body.Append(Heading(language.Text("Të dhënat e mbledhjes", "Meeting details")));
        body.Append(Table([], rows, [2800, TextWidth - 2800], borders: false));
    }

    private static string MinutesState(Meeting meeting, Names names, CultureInfo language)
    {
        var state = meeting.Minutes.Label().In(language);
        return meeting.MinutesApprovedOn is { } on
            ? language.Text($"{state} më {language.Date(on)}", $"{state} on {language.Date(on)}") + (meeting.MinutesApprovedBy is { } by ? $" ({names.Person(by)})" : string.Empty)
            : state;
    }

    private static void AttendanceSection(Body body, Meeting meeting, Committee committee, Names names, CultureInfo language)
    {
        body.Append(Heading(language.Text("Pjesëmarrja", "Attendance")));
        if (meeting.Attendance.Count == 0)
        {
            body.Append(Paragraph(language.Text("Nuk është regjistruar pjesëmarrja.", "No attendance was recorded.")));
        }
        else
        {
            var present = meeting.Attendance.Count(a => a.Status == AttendanceStatus.Present);
            body.Append(Paragraph(language.Text($"Të pranishëm: {present} nga {meeting.Attendance.Count} vende.", $"Present: {present} of {meeting.Attendance.Count} seats.")));
            var rows = meeting.Attendance
                .OrderBy(a => names.SortKey(a.OrganisationId), StringComparer.Ordinal)
                .Select(a => (IReadOnlyList<string>)[Seat(committee.FindSeat(a.SeatId), meeting, language), names.Organisation(a.OrganisationId), Representative(a, committee, meeting, names), Status(a, language)]);
            body.Append(Table(
                [language.Text("Vendi", "Seat"), language.Text("Institucioni", "Institution"), language.Text("Përfaqësuesi", "Representative"), language.Text("Prania", "Attendance")],
                rows,
                [2000, 3538, 2300, 1800]));
        }

        if (meeting.Guests.Count > 0)
        {
            body.Append(Paragraph(language.Text("Të ftuar", "Guests"), bold: true, spaceAfter: 60));
            foreach (var guest in meeting.Guests)
            {
                string[] parts = [names.Organisation(guest.OrganisationId), guest.Description ?? string.Empty, guest.Count is { } count ? language.Text($"{count} persona", $"{count} people") : string.Empty];
                body.Append(Paragraph("• " + string.Join(" – ", parts.Where(p => p.Length > 0)), spaceAfter: 60));
            }
        }
    }

    private static string Seat(Seat? seat, Meeting meeting, CultureInfo language)
    {
        if (seat is null)
        {
            return string.Empty;
        }

        var posts = seat.PostsOn(meeting.Date).Where(p => p != Post.Member).Select(p => p.Label().In(language));
        return string.Join("\n", [seat.Role.Label().In(language), .. posts]);
    }

    private static string Representative(Attendance attendance, Committee committee, Meeting meeting, Names names)
    {
        if (attendance.PersonId is { } person)
        {
            return names.Person(person);
        }

        // Minutes often record the institution only: name the titular of the seat on the day when there is one.
        return attendance.Status == AttendanceStatus.Present && attendance.Capacity == PresenceCapacity.Titular
            && committee.FindSeat(attendance.SeatId)?.RepresentativesOn(meeting.Date).FirstOrDefault(r => r.Capacity == RepresentationCapacity.Titular) is { } titular
            ? names.Person(titular.PersonId)
            : string.Empty;
    }

    private static string Status(Attendance attendance, CultureInfo language) =>
        attendance is { Status: AttendanceStatus.Present, Capacity: { } capacity } && capacity != PresenceCapacity.Titular
            ? $"{attendance.Status.Label().In(language)} ({capacity.Label().In(language).ToLower(language)})"
            : attendance.Status.Label().In(language);

    private static void Agenda(Body body, Meeting meeting, Names names, CultureInfo language)
    {
        body.Append(Heading(language.Text("Rendi i ditës", "Agenda")));
        var agenda = meeting.AgendaInOrder();
        if (agenda.Count == 0)
        {
            body.Append(Paragraph(language.Text("Nuk ka rend dite.", "No agenda.")));
            return;
        }

        foreach (var (number, item) in agenda)
        {
            var indent = (number.Count(c => c == '.') * 425).ToString(CultureInfo.InvariantCulture);
            var title = new Paragraph(
                new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "40" }, new Indentation { Left = indent }),
                Run($"{number}. ", bold: true),
                Run(item.Title, bold: true));
            if (item.Presenter is { } presenter)
            {
                title.Append(Run($" ({language.Text("paraqiti", "presented by")} {names.PersonFor(presenter)})", italic: true));
            }

            body.Append(title);
            if (item.Notes is { } notes)
            {
                foreach (var line in notes.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    body.Append(new Paragraph(
                        new ParagraphProperties(new SpacingBetweenLines { After = "80" }, new Indentation { Left = (int.Parse(indent, CultureInfo.InvariantCulture) + 425).ToString(CultureInfo.InvariantCulture) }),
                        Run(line.TrimEnd('\r'))));
                }
            }
        }
    }

    private static void Decisions(Body body, Meeting meeting, CultureInfo language)
    {
        body.Append(Heading(language.Text("Vendimet", "Decisions")));
        if (meeting.Decisions.Count == 0)
        {
            body.Append(Paragraph(language.Text("Nuk u mor asnjë vendim.", "No decisions were taken.")));
            return;
        }

        foreach (var decision in meeting.Decisions.OrderBy(d => d.Number))
        {
            body.Append(new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { After = "80" }),
                Run($"{language.Text("Vendimi", "Decision")} {decision.Number.ToString(CultureInfo.InvariantCulture)} – {decision.Kind.Label().In(language)}: ", bold: true),
                Run(decision.Text)));
        }
    }

    private static void Commitments(Body body, Meeting meeting, Names names, CultureInfo language)
    {
        body.Append(Heading(language.Text("Angazhimet", "Commitments")));
        if (meeting.Commitments.Count == 0)
        {
            body.Append(Paragraph(language.Text("Nuk u mor asnjë angazhim.", "No commitments were made.")));
            return;
        }

        var rows = meeting.Commitments.OrderBy(c => c.Number).Select(c => (IReadOnlyList<string>)
        [
            c.Number.ToString(CultureInfo.InvariantCulture), c.What, names.Organisation(c.OwnerId), language.Date(c.Due), c.Status.Label().In(language),
        ]);
        body.Append(Table(
            [language.Text("Nr.", "No."), language.Text("Çfarë", "What"), language.Text("Përgjegjës", "Owner"), language.Text("Afati", "Due"), language.Text("Gjendja", "Status")],
            rows,
            [600, 4338, 2400, 1200, 1100]));
    }

    private static void Signatures(Body body, Meeting meeting, Committee committee, Names names, CultureInfo language)
    {
        var chair = meeting.Chair is { } c ? names.PersonFor(c) : Holder(committee, meeting, Post.Chair, names);
        var secretary = Holder(committee, meeting, Post.Secretary, names);
        body.Append(Paragraph(string.Empty, spaceAfter: 480));
        body.Append(Table(
            [],
            [
                [language.Text("KRYETARI", "CHAIR"), language.Text("SEKRETARI", "SECRETARY")],
                [chair, secretary],
                ["\n\n______________________________", "\n\n______________________________"],
                [language.Text("(nënshkrimi)", "(signature)"), language.Text("(nënshkrimi)", "(signature)")],
            ],
            [TextWidth / 2, TextWidth / 2],
            borders: false));
    }

    private static string Holder(Committee committee, Meeting meeting, Post post, Names names) =>
        committee.HolderOf(meeting.Body, post, meeting.Date) is { } seat
            ? seat.RepresentativesOn(meeting.Date).OrderBy(r => r.Capacity).FirstOrDefault() is { } representative
                ? $"{names.Person(representative.PersonId)}\n{names.Organisation(seat.OrganisationId)}"
                : names.Organisation(seat.OrganisationId)
            : string.Empty;

    private sealed class Names(IReadOnlyDictionary<OrganisationId, OrganisationNames> organisations, IReadOnlyDictionary<PersonId, PersonName> people, CultureInfo language)
    {
        public string Organisation(OrganisationId? id) =>
            id is { } key && organisations.TryGetValue(key, out var organisation) ? organisation.DisplayName(language) : string.Empty;

        public string SortKey(OrganisationId id) => organisations.TryGetValue(id, out var organisation) ? AlbanianText.Fold(organisation.Name) : string.Empty;

        public string Person(PersonId? id) => id is { } key && people.TryGetValue(key, out var person) ? person.ToString() : string.Empty;

        public string PersonFor(PersonForOrganisation who) =>
            Organisation(who.OrganisationId) is { Length: > 0 } organisation ? $"{Person(who.PersonId)}, {organisation}" : Person(who.PersonId);
    }
}
