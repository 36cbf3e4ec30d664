using System.Globalization;
using Krat.Domain.Activities;
using Krat.Domain.Common;
using Krat.Domain.Documents;
using Krat.Domain.Organisations;
using Krat.Domain.Reports;

namespace Krat.Documents.Import;

/// <summary>
/// The layout an import file follows, one per <see cref="ImportKind"/>: its columns in order, with headers in
/// Albanian and English (a file may use either, in any order). Offered for download as .xlsx (the columns on the
/// first sheet, help on a second) or as CSV.
/// </summary>
public sealed class ImportTemplate
{
    private static readonly Label Lists = new("Disa vlera ndahen me „;”.", "Several values are separated by \";\".");

    private ImportTemplate(ImportKind kind, IReadOnlyList<ImportColumn> columns)
    {
        Kind = kind;
        Columns = columns;
    }

    /// <summary>The template for activities: title, kind, date, end date, municipalities, lead organisation, target groups, venue, visibility, people reached (women, men), description.</summary>
    public static ImportTemplate Activities { get; } = new(ImportKind.Activities,
    [
        new("title", new("Titulli", "Title"), new($"Tekst, deri në {Activity.MaxTitleLength} karaktere.", $"Text, up to {Activity.MaxTitleLength} characters."), true),
        new("kind", new("Lloji", "Kind"), Choices<ActivityKind>(), true),
        new("date", new("Data", "Date"), new("Dita e parë: 31.10.2023 ose 2023-10-31.", "The first day: 31.10.2023 or 2023-10-31."), true),
        new("end", new("Data e mbarimit", "End date"), new("Dita e fundit e një aktiviteti shumëditor (bosh për një ditë).", "The last day of a multi-day activity (empty for one day)."), false),
        new("municipalities", new("Bashkitë", "Municipalities"), new("Bashkitë e qarkut të komitetit. " + Lists.Albanian, "Municipalities of the committee's county. " + Lists.English), true),
        new("lead", new("Organizata drejtuese", "Lead organisation"), new("Emri ose akronimi i një organizate të regjistruar.", "The name or acronym of a registered organisation."), true),
        new("targetGroups", new("Grupet e synuara", "Target groups"), Choices<TargetGroup>(list: true), true),
        new("venue", new("Vendi", "Venue"), new($"Tekst, deri në {Activity.MaxVenueLength} karaktere.", $"Text, up to {Activity.MaxVenueLength} characters."), false),
        new("visibility", new("Dukshmëria", "Visibility"), Choices<Visibility>(), false),
        new("reached", new("Persona të arritur", "People reached"), new("Numri i personave të arritur; i plotësuar, aktiviteti shënohet i realizuar.", "The number of people reached; when filled in, the activity is recorded as completed."), false),
        new("women", new("Gra", "Women"), new("Numër (pjesë e totalit).", "A number (part of the total)."), false),
        new("men", new("Burra", "Men"), new("Numër (pjesë e totalit).", "A number (part of the total)."), false),
        new("description", new("Përshkrimi", "Description"), new($"Tekst, deri në {Activity.MaxDescriptionLength} karaktere.", $"Text, up to {Activity.MaxDescriptionLength} characters."), false),
    ]);

    /// <summary>The template for organisations: name, English name, acronym, kind, level, county.</summary>
    public static ImportTemplate Organisations { get; } = new(ImportKind.Organisations,
    [
        new("name", new("Emri", "Name"), new($"Emri në shqip, deri në {Organisation.MaxNameLength} karaktere.", $"The Albanian name, up to {Organisation.MaxNameLength} characters."), true),
        new("englishName", new("Emri në anglisht", "English name"), new("Opsional.", "Optional."), false),
        new("acronym", new("Akronimi", "Acronym"), new($"Deri në {Organisation.MaxAcronymLength} karaktere.", $"Up to {Organisation.MaxAcronymLength} characters."), false),
        new("kind", new("Lloji", "Kind"), Choices<OrganisationKind>(), true),
        new("level", new("Niveli", "Level"), Choices<OrganisationLevel>(), true),
        new("county", new("Qarku", "County"), new("Kodi (AL-02) ose emri i qarkut; bosh për institucionet qendrore.", "The code (AL-02) or name of the county; empty for central institutions."), false),
    ]);

    /// <summary>The template for people: given name, family name, honorific, position title.</summary>
    public static ImportTemplate People { get; } = new(ImportKind.People,
    [
        new("givenName", new("Emri", "Given name"), new("Tekst.", "Text."), true),
        new("familyName", new("Mbiemri", "Family name"), new("Tekst.", "Text."), true),
        new("honorific", new("Titulli i nderit", "Honorific"), new("Për shembull „Z.”, „Znj.”, „Dr.”.", "For example \"Mr\", \"Ms\", \"Dr\"."), false),
        new("positionTitle", new("Pozicioni", "Position"), new("Detyra në organizatë.", "The position held."), false),
    ]);

    /// <summary>What the template imports.</summary>
    public ImportKind Kind { get; }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>The template of a kind of import.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The template.</returns>
    public static ImportTemplate For(ImportKind kind) => kind switch
    {
        ImportKind.Activities => Activities,
        ImportKind.Organisations => Organisations,
        ImportKind.People => People,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of import."),
    };

    /// <summary>The download name of the template: <c>modeli-aktivitete.xlsx</c>, <c>template-activities.csv</c>.</summary>
    /// <param name="extension">".xlsx" or ".csv".</param>
    /// <param name="culture">The language.</param>
    /// <returns>The file name.</returns>
    public string FileName(string extension, CultureInfo? culture = null)
    {
        var language = DocumentCulture.Of(culture);
        return $"{language.Text("modeli", "template")}-{AlbanianText.Fold(Kind.Label().In(language))}{extension}";
    }

    /// <summary>The template as an .xlsx workbook: the headers on the first sheet (the one the import reads), the columns explained on a second.</summary>
    /// <param name="culture">The language of the headers.</param>
    /// <returns>The .xlsx bytes.</returns>
    public byte[] ToXlsx(CultureInfo? culture = null)
    {
        var language = DocumentCulture.Of(culture);
        var data = new ReportTable("template", Kind.Label(), [.. Columns.Select(c => c.Header)], []);
        var help = new ReportTable(
            "help",
            new Label("Udhëzime", "Help"),
            [new("Kolona", "Column"), new("E detyrueshme", "Required"), new("Çfarë pranon", "What it takes")],
            [.. Columns.Select(c => (IReadOnlyList<ReportCell>)[ReportCell.Of(c.Header), ReportCell.Of(c.Required ? new Label("Po", "Yes") : new Label("Jo", "No")), ReportCell.Of(c.Hint)])]);
        return Workbooks.ReportWorkbook.WriteSheets([data, help], language);
    }

    /// <summary>The template as a CSV file: the header row only, UTF-8 with a byte order mark.</summary>
    /// <param name="culture">The language of the headers.</param>
    /// <param name="separator">The separator: ';' (Excel under Albanian regional settings) or ','.</param>
    /// <returns>The CSV bytes.</returns>
    public byte[] ToCsv(CultureInfo? culture = null, char separator = ';')
    {
        var language = DocumentCulture.Of(culture);
        var line = string.Join(separator, Columns.Select(c => c.Header.In(language))) + "\r\n";
        return [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(line)];
    }

    private static Label Choices<TCode>(bool list = false)
        where TCode : struct, Enum
    {
        var all = CodeList.All<TCode>();
        var albanian = "Një nga: " + string.Join(", ", all.Select(p => p.Value.Albanian)) + ".";
        var english = "One of: " + string.Join(", ", all.Select(p => p.Value.English)) + ".";
        return list ? new Label(albanian + " " + Lists.Albanian, english + " " + Lists.English) : new Label(albanian, english);
    }
}
