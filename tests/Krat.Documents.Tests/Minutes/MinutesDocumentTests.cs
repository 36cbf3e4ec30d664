using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Krat.Demo.Durres;
using Krat.Documents.Minutes;
using Krat.Documents.Tests.TestSupport;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Meetings;
using NodaTime;

namespace Krat.Documents.Tests.Minutes;

public sealed class MinutesDocumentTests
{
    private static readonly DurresScenario Scenario = DurresScenario.Build();

    [Fact]
    public void ClosingMeeting_Minutes_AreValid_HoldEveryPartOfTheRecord_AndAreWrittenToTheTestOutput()
    {
        var meeting = Scenario.ClosingMeeting;
        var bytes = Write(meeting);
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, MinutesDocument.FileName(meeting)), bytes);

        using var document = Open(bytes);
        OpenXmlAssert.Valid(document);
        var text = BodyText(document);
        var organisations = Scenario.Organisations.ToDictionary(o => o.Id);
        var people = Scenario.People.ToDictionary(p => p.Id);

        Assert.Contains("PREFEKTURA E QARKUT DURRËS", text);
        Assert.Contains(Scenario.KratDurres.Name, text);
        Assert.Contains(meeting.Title!, text);
        Assert.Contains("31.10.2023", text);
        Assert.Contains("10:00 – 12:00", text);
        Assert.Contains(meeting.Place, text);
        Assert.All(meeting.Attendance, a => Assert.Contains(organisations[a.OrganisationId].DisplayName(DocumentCulture.Albanian), text));
        Assert.All(meeting.Attendance.Where(a => a.PersonId is not null), a => Assert.Contains(people[a.PersonId!.Value].ToString(), text));
        Assert.All(meeting.AgendaInOrder(), entry =>
        {
            Assert.Contains($"{entry.Key}. {entry.Value.Title}", text);
            Assert.Contains(entry.Value.Notes!, text);
        });
        Assert.Contains(people[meeting.Agenda[5].Presenter!.PersonId].ToString(), text);
        Assert.All(meeting.Guests, g => Assert.Contains(g.Description!, text));
        Assert.All(meeting.Decisions, d => Assert.Contains(d.Text, text));
        Assert.All(meeting.Commitments, c => Assert.Contains(c.What, text));
        Assert.Contains("KRYETARI", text);
        Assert.Contains("SEKRETARI", text);
        Assert.Contains(people[meeting.Chair!.PersonId].ToString(), text);
        Assert.Equal(meeting.Attendance.Count + 1, AttendanceTable(document).Elements<TableRow>().Count());
        Assert.Empty(document.MainDocumentPart!.HeaderParts);
    }

    [Fact]
    public void ClosingMeeting_Minutes_InEnglish_UseEnglishHeadingsAndLabels()
    {
        using var document = Open(Write(Scenario.ClosingMeeting, DocumentCulture.English));
        OpenXmlAssert.Valid(document);
        var text = BodyText(document);

        Assert.Contains("PREFECTURE OF DURRËS COUNTY", text);
        Assert.Contains("Attendance", text);
        Assert.Contains("Commitments", text);
        Assert.Contains("31 October 2023", text);
        Assert.DoesNotContain("Pjesëmarrja", text);
    }

    [Fact]
    public void DraftMinutes_CarryTheDraftMark_InTheHeaderOfEveryPage_AndNameEveryAttendanceState()
    {
        var meeting = DraftMeeting();
        using var document = Open(Write(meeting));
        OpenXmlAssert.Valid(document);
        var text = BodyText(document);

        var header = Assert.Single(document.MainDocumentPart!.HeaderParts);
        Assert.Equal(MinutesDocument.DraftMark, header.Header!.InnerText);
        var section = document.MainDocumentPart.Document!.Body!.Elements<SectionProperties>().Single();
        var reference = Assert.Single(section.Elements<HeaderReference>());
        Assert.Equal(HeaderFooterValues.Default, reference.Type!.Value);
        Assert.Contains("I pranishëm (zëvendësues)", text);
        Assert.Contains(AttendanceStatus.Excused.Label().Albanian, text);
        Assert.Contains(AttendanceStatus.Absent.Label().Albanian, text);
        Assert.Contains("12 persona", text);
        Assert.Contains("15.11.2023", text);
    }

    private static Meeting DraftMeeting()
    {
        var day = new LocalDate(2023, 11, 10);
        var meeting = Meeting.Plan(new MeetingPlan { CommitteeId = Scenario.KratDurres.Id, Body = CommitteeBody.Committee, Kind = MeetingKind.Regular, Start = day.At(new LocalTime(9, 0)), End = day.At(new LocalTime(11, 0)), Place = "Durrës" });
        meeting.MarkHeld(meeting.EndsAt);
        var seats = Scenario.KratDurres.SeatsOn(CommitteeBody.Committee, day);
        meeting.RecordPresent(seats[0], PresenceCapacity.Substitute);
        meeting.RecordExcused(seats[1]);
        meeting.RecordAbsent(seats[2]);
        meeting.RecordGuest(DemoIds.GjergjKastriotiHighSchool, "Nxënës", 12);
        meeting.RecordCommitment("Raport për nëntorin", DemoIds.Prefecture, new LocalDate(2023, 11, 15));
        return meeting;
    }

    private static byte[] Write(Meeting meeting, System.Globalization.CultureInfo? culture = null) =>
        MinutesDocument.Write(meeting, Scenario.KratDurres, new Krat.Domain.Organisations.Specifications.OrganisationNamesSpec().Evaluate(Scenario.Organisations).ToDictionary(o => o.Id), new Krat.Domain.People.Specifications.PersonNamesSpec().Evaluate(Scenario.People).ToDictionary(p => p.Id), culture);

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static string BodyText(WordprocessingDocument document) =>
        string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));

    private static Table AttendanceTable(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.InnerText.Contains("Përfaqësuesi", StringComparison.Ordinal));
}
