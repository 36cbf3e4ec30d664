using System.Globalization;
using System.Security.Cryptography;
using Krat.Domain.Activities;
using Krat.Domain.Committees;
using Krat.Domain.Common;
using Krat.Domain.Documents;
using Krat.Domain.Geography;
using Krat.Domain.Organisations;
using Krat.Domain.People;
using Krat.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;


namespace Krat.Documents.Import;

/// <summary>
/// Imports activities, organisations or people from an .xlsx or .csv file laid out like an
/// <see cref="ImportTemplate"/>. <see cref="PreviewAsync"/> reads the file (refusing a hostile or malformed one as
/// a whole with <see cref="FileRefusedException"/>), checks every row by the domain's own factories (a broken
/// rule is an error of that row, by column, in Albanian and English) and flags likely duplicates, against the
/// database and within the file; nothing is saved. <see cref="SaveAsync"/> then saves the valid rows of the
/// preview and an <see cref="ImportRecord"/> in one transaction, or nothing.
/// </summary>
/// <param name="db">The context to read existing records from and to save into.</param>
/// <param name="clock">The clock for "today" (Europe/Tirane) and the moment of the import.</param>
/// <param name="limits">The file limits; <see cref="ImportLimits.Default"/> when <see langword="null"/>.</param>
public sealed class SpreadsheetImporter(KratDbContext db, IClock clock, ImportLimits? limits = null)
{
    private static readonly DateTimeZone Tirane = DateTimeZoneProviders.Tzdb["Europe/Tirane"];
    private static readonly LocalDatePattern[] DatePatterns =
        [LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu"), LocalDatePattern.CreateWithInvariantCulture("d.M.uuuu"), LocalDatePattern.Iso, LocalDatePattern.CreateWithInvariantCulture("d/M/uuuu")];

    private readonly ImportLimits _limits = limits ?? ImportLimits.Default;

    /// <summary>Reads and checks a file; saves nothing.</summary>
    /// <param name="committeeId">The committee the rows are for (activities take its county).</param>
    /// <param name="kind">What the file imports.</param>
    /// <param name="fileName">The file's name as uploaded (for messages and the audit).</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The preview.</returns>
    /// <exception cref="FileRefusedException">The file is refused as a whole.</exception>
    /// <exception cref="ArgumentException">The committee does not exist.</exception>
    public async Task<ImportPreview> PreviewAsync(CommitteeId committeeId, ImportKind kind, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var template = ImportTemplate.For(kind);
        var sheet = SheetReader.Read(fileName, content, _limits);
        var columns = MapColumns(template, sheet.Headers);
        var rows = sheet.Rows.Select(r => new RowValues(r.Number, template.Columns.ToDictionary(
            c => c.Key,
            c => columns.TryGetValue(c.Key, out var i) && i < r.Cells.Count ? r.Cells[i].Trim() : string.Empty,
            StringComparer.Ordinal))).ToList();

        var checkedRows = kind switch
        {
            ImportKind.Activities => await ActivitiesAsync(committeeId, template, rows, cancellationToken),
            ImportKind.Organisations => await OrganisationsAsync(template, rows, cancellationToken),
            _ => await PeopleAsync(template, rows, cancellationToken),
        };

        return new ImportPreview(
            committeeId,
            kind,
            Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/')),
            Convert.ToHexStringLower(SHA256.HashData(content)),
            [.. checkedRows.Select(r => r.Row)],
            [.. checkedRows.Where(r => r.Record is not null).Select(r => (r.Row, r.Record!))]);
    }

    /// <summary>
    /// Saves the valid rows of a preview and the audit record of the import in one transaction; on any failure
    /// nothing is saved and the context is left as it was.
    /// </summary>
    /// <param name="preview">The preview, from <see cref="PreviewAsync"/> on this importer's context.</param>
    /// <param name="includeDuplicates">Whether valid rows flagged as likely duplicates are saved too.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The audit record of the import.</returns>
    /// <exception cref="FileRefusedException">No row is left to save (<c>import.nothing-to-save</c>).</exception>
    public async Task<ImportRecord> SaveAsync(ImportPreview preview, bool includeDuplicates = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var records = preview.Records.Where(r => includeDuplicates || r.Row.Duplicate is null).Select(r => r.Record).ToList();
        if (records.Count == 0)
        {
            throw new FileRefusedException("import.nothing-to-save", new Label(
                "Nuk ka asnjë rresht të vlefshëm për t'u ruajtur.",
                "There is no valid row to save."));
        }

        var record = ImportRecord.Record(new ImportSummary
        {
            CommitteeId = preview.CommitteeId,
            Kind = preview.Kind,
            FileName = preview.FileName,
            Sha256 = preview.Sha256,
            At = clock.GetCurrentInstant(),
            RowsRead = preview.Rows.Count,
            RowsSaved = records.Count,
            RowsWithErrors = preview.Rows.Count(r => !r.IsValid),
            DuplicatesFlagged = preview.DuplicateCount,
        });
        db.AddRange(records);
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }

            throw;
        }

        return record;
    }

    private static Dictionary<string, int> MapColumns(ImportTemplate template, IReadOnlyList<string> headers)
    {
        var byHeader = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            byHeader.TryAdd(AlbanianText.Fold(headers[i]), i);
        }

        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var column in template.Columns)
        {
            foreach (var name in new[] { column.Header.Albanian, column.Header.English, column.Key })
            {
                if (byHeader.TryGetValue(AlbanianText.Fold(name), out var index))
                {
                    map[column.Key] = index;
                    break;
                }
            }
        }

        var missing = template.Columns.Where(c => c.Required && !map.ContainsKey(c.Key)).ToList();
        if (missing.Count > 0)
        {
            throw new FileRefusedException("import.columns", new Label(
                $"Mungojnë kolonat: {string.Join(", ", missing.Select(c => c.Header.Albanian))}. Rreshti i parë duhet të ketë titujt e modelit.",
                $"Columns missing: {string.Join(", ", missing.Select(c => c.Header.English))}. The first row must hold the template's headers."));
        }

        return map;
    }

    private async Task<List<Checked>> ActivitiesAsync(CommitteeId committeeId, ImportTemplate template, List<RowValues> rows, CancellationToken cancellationToken)
    {
        var committee = await db.Set<Committee>().AsNoTracking().Where(c => c.Id == committeeId).Select(c => new { c.Id, c.County }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ArgumentException("No such committee.", nameof(committeeId));
        var organisations = await OrganisationLookupAsync(cancellationToken);
        var today = clock.GetCurrentInstant().InZone(Tirane).Date;
        var result = new List<Checked>(rows.Count);
        foreach (var row in rows)
        {
            var cell = new Cells(row, template);
            var title = cell.Text("title");
            var kind = cell.Code<ActivityKind>("kind", required: true);
            var start = cell.Date("date", required: true);
            var end = cell.Date("end", required: false);
            var municipalities = cell.List("municipalities");
            foreach (var name in municipalities.Where(m => Albania.FindMunicipality(m) is null))
            {
                cell.Error("municipalities", new($"Bashkia „{name}” nuk njihet.", $"The municipality \"{name}\" is not known."));
            }

            var lead = cell.Text("lead");
            OrganisationId? leadId = lead.Length > 0 && organisations.TryGetValue(AlbanianText.Fold(lead), out var found) ? found : null;
            if (lead.Length > 0 && leadId is null)
            {
                cell.Error("lead", new($"Organizata „{lead}” nuk është e regjistruar.", $"The organisation \"{lead}\" is not registered."));
            }

            var groups = cell.List("targetGroups").Select(g => cell.Parse<TargetGroup>("targetGroups", g)).ToList();
            var visibility = cell.Code<Visibility>("visibility", required: false) ?? Visibility.Internal;
            var reached = cell.Number("reached");
            var women = cell.Number("women");
            var men = cell.Number("men");
            if (reached is null && (women is not null || men is not null))
            {
                cell.Error("reached", new("Plotësoni numrin e personave të arritur kur jepni gra ose burra.", "Fill in the people reached when giving women or men."));
            }

            var activity = cell.HasErrors || kind is null || start is null || leadId is null
                ? null
                : cell.Build(
                    () =>
                    {
                        var days = Activity.Days(start.Value, end);
                        var planned = Activity.Plan(new ActivityPlan
                        {
                            CommitteeId = committee.Id,
                            County = committee.County,
                            Kind = kind.Value,
                            Title = title,
                            PlannedDays = days,
                            Municipalities = [.. municipalities.Select(m => Albania.FindMunicipality(m)!)],
                            LeadOrganisationId = leadId.Value,
                            TargetGroups = [.. groups.OfType<TargetGroup>()],
                            Description = NullIfEmpty(cell.Text("description")),
                            Venue = NullIfEmpty(cell.Text("venue")),
                            Visibility = visibility,
                        });
                        if (reached is { } total)
                        {
                            planned.Complete(days, Reach.Of(total, women, men), today);
                        }

                        return planned;
                    },
                    ActivityColumn);
            result.Add(cell.Result(activity));
        }

        await FlagActivityDuplicatesAsync(committee.Id, result, cancellationToken);
        return result;
    }

    private async Task FlagActivityDuplicatesAsync(CommitteeId committeeId, List<Checked> rows, CancellationToken cancellationToken)
    {
        var activities = rows.Where(r => r.Record is Activity).Select(r => (r, Activity: (Activity)r.Record!)).ToList();
        if (activities.Count == 0)
        {
            return;
        }

        var min = activities.Min(a => a.Activity.PlannedDays.Start);
        var max = activities.Max(a => a.Activity.PlannedDays.Start);
        // The columns behind Activity.PlannedDays.Start and Activity.Municipalities (see ActivityConfiguration).
        var stored = await db.Set<Activity>().AsNoTracking()
            .Where(a => a.CommitteeId == committeeId && EF.Property<LocalDate>(a, "PlannedStart") >= min && EF.Property<LocalDate>(a, "PlannedStart") <= max)
            .Select(a => new { a.Title, PlannedStart = EF.Property<LocalDate>(a, "PlannedStart"), Municipalities = EF.Property<IReadOnlyList<string>>(a, "MunicipalityNames") })
            .ToListAsync(cancellationToken);
        var known = new HashSet<string>(stored.SelectMany(a => a.Municipalities.Select(m => Key(a.Title, a.PlannedStart, m))), StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, activity) in activities)
        {
            var keys = activity.Municipalities.Select(m => Key(activity.Title, activity.PlannedDays.Start, m.Name)).ToList();
            if (keys.Any(known.Contains))
            {
                row.FlagDuplicate(new("Një aktivitet me të njëjtin titull, datë dhe bashki është tashmë në Krat.", "An activity with the same title, date and municipality is already in Krat."));
            }
            else if (keys.Select(k => seen.TryGetValue(k, out var first) ? first : (int?)null).FirstOrDefault(n => n is not null) is { } earlier)
            {
                row.FlagDuplicate(new($"I njëjtë me rreshtin {earlier} (titull, datë dhe bashki).", $"The same as row {earlier} (title, date and municipality)."));
            }

            foreach (var key in keys)
            {
                seen.TryAdd(key, row.Row.Number);
            }
        }

        static string Key(string title, LocalDate date, string municipality) =>
            $"{AlbanianText.Fold(title)}|{date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}|{AlbanianText.Fold(municipality)}";
    }

    private async Task<List<Checked>> OrganisationsAsync(ImportTemplate template, List<RowValues> rows, CancellationToken cancellationToken)
    {
        var known = (await db.Set<Organisation>().AsNoTracking().Select(o => o.Name).ToListAsync(cancellationToken)).Select(AlbanianText.Fold).ToHashSet(StringComparer.Ordinal);
        var result = new List<Checked>(rows.Count);
        foreach (var row in rows)
        {
            var cell = new Cells(row, template);
            var name = cell.Text("name");
            var kind = cell.Code<OrganisationKind>("kind", required: true);
            var level = cell.Code<OrganisationLevel>("level", required: true);
            var countyText = cell.Text("county");
            CountyCode? county = null;
            if (countyText.Length > 0)
            {
                if (Albania.FindCounty(countyText) is { } found)
                {
                    county = found.Code;
                }
                else
                {
                    cell.Error("county", new($"Qarku „{countyText}” nuk njihet.", $"The county \"{countyText}\" is not known."));
                }
            }

            var organisation = cell.HasErrors || kind is null || level is null
                ? null
                : cell.Build(
                    () => Organisation.Register(name, kind.Value, level.Value, county, NullIfEmpty(cell.Text("englishName")), NullIfEmpty(cell.Text("acronym"))),
                    (param, rule) => param switch
                    {
                        "name" => "name",
                        "englishName" => "englishName",
                        "acronym" => "acronym",
                        "county" => "county",
                        _ => rule?.Contains("county", StringComparison.Ordinal) == true ? "county" : rule?.Contains("level", StringComparison.Ordinal) == true ? "level" : null,
                    });
            var checkedRow = cell.Result(organisation);
            FlagByName(checkedRow, organisation?.Name, known, new("Një organizatë me këtë emër është tashmë në Krat.", "An organisation with this name is already in Krat."));
            result.Add(checkedRow);
        }

        return result;
    }

    private async Task<List<Checked>> PeopleAsync(ImportTemplate template, List<RowValues> rows, CancellationToken cancellationToken)
    {
        var known = (await db.Set<Person>().AsNoTracking().Select(p => p.FullName).ToListAsync(cancellationToken)).Select(AlbanianText.Fold).ToHashSet(StringComparer.Ordinal);
        var result = new List<Checked>(rows.Count);
        foreach (var row in rows)
        {
            var cell = new Cells(row, template);
            var person = cell.Build(
                () => Person.Register(cell.Text("givenName"), cell.Text("familyName"), NullIfEmpty(cell.Text("honorific")), NullIfEmpty(cell.Text("positionTitle"))),
                (param, _) => param);
            var checkedRow = cell.Result(person);
            FlagByName(checkedRow, person?.FullName, known, new("Një person me këtë emër është tashmë në Krat.", "A person with this name is already in Krat."));
            result.Add(checkedRow);
        }

        return result;
    }

    private static void FlagByName(Checked row, string? name, HashSet<string> known, Label inDatabase)
    {
        if (name is null)
        {
            return;
        }

        var key = AlbanianText.Fold(name);
        if (known.Contains(key))
        {
            row.FlagDuplicate(inDatabase);
        }

        known.Add(key);
    }

    private static string? ActivityColumn(string? param, string? rule) => param switch
    {
        "title" => "title",
        "start" or "plannedDays" or "days" => "date",
        "end" => "end",
        "municipalities" => "municipalities",
        "targetGroups" => "targetGroups",
        "description" => "description",
        "venue" => "venue",
        "leadOrganisationId" or "partnerOrganisationIds" => "lead",
        "women" => "women",
        "men" => "men",
        "total" or "children" or "adults" => "reached",
        _ => rule switch
        {
            "activity.municipality-in-county" => "municipalities",
            "activity.actual-not-future" => "date",
            _ => null,
        },
    };

    private async Task<Dictionary<string, OrganisationId>> OrganisationLookupAsync(CancellationToken cancellationToken)
    {
        var all = await db.Set<Organisation>().AsNoTracking().Select(o => new { o.Id, o.Name, o.EnglishName, o.Acronym }).ToListAsync(cancellationToken);
        var lookup = new Dictionary<string, OrganisationId>(StringComparer.Ordinal);
        foreach (var o in all)
        {
            foreach (var name in new[] { o.Name, o.EnglishName, o.Acronym, o.Acronym is null ? null : $"{o.Name} ({o.Acronym})" })
            {
                if (!string.IsNullOrWhiteSpace(name))
                {
                    lookup.TryAdd(AlbanianText.Fold(name), o.Id);
                }
            }
        }

        return lookup;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static LocalDate? ParseDate(string text)
    {
        foreach (var pattern in DatePatterns)
        {
            if (pattern.Parse(text) is { Success: true } parsed)
            {
                return parsed.Value;
            }
        }

        // A date cell of a workbook holds the day's serial number (days since 30.12.1899).
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466
            ? LocalDate.FromDateTime(DateTime.FromOADate(Math.Floor(serial)))
            : null;
    }

    private sealed record RowValues(int Number, Dictionary<string, string> Values);

    private sealed class Checked(ImportRow row, object? record)
    {
        public ImportRow Row { get; private set; } = row;

        public object? Record { get; } = record;

        public void FlagDuplicate(Label why)
        {
            if (Row.IsValid && Row.Duplicate is null)
            {
                Row = Row with { Duplicate = why };
            }
        }
    }

    /// <summary>The cells of one row, with the errors found while reading them.</summary>
    private sealed class Cells(RowValues row, ImportTemplate template)
    {
        private readonly List<ImportProblem> _errors = [];

        public bool HasErrors => _errors.Count > 0;

        public string Text(string key) => row.Values.TryGetValue(key, out var value) ? value : string.Empty;

        public void Error(string? key, Label text) =>
            _errors.Add(new ImportProblem(row.Number, key is null ? null : template.Columns.First(c => c.Key == key).Header, text));

        public LocalDate? Date(string key, bool required)
        {
            var text = Text(key);
            if (text.Length == 0)
            {
                if (required)
                {
                    Error(key, new("Kjo vlerë është e detyrueshme.", "A value is required."));
                }

                return null;
            }

            var date = ParseDate(text);
            if (date is null)
            {
                Error(key, new($"„{text}” nuk është datë; shkruani 31.10.2023 ose 2023-10-31.", $"\"{text}\" is not a date; write 31.10.2023 or 2023-10-31."));
            }

            return date;
        }

        public int? Number(string key)
        {
            var text = Text(key);
            if (text.Length == 0)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0 && number <= Reach.MaxTotal)
            {
                return number;
            }

            Error(key, new($"„{text}” nuk është një numër i plotë nga 0 deri {Reach.MaxTotal}.", $"\"{text}\" is not a whole number from 0 to {Reach.MaxTotal}."));
            return null;
        }

        public IReadOnlyList<string> List(string key) =>
            [.. Text(key).Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

        public TCode? Code<TCode>(string key, bool required)
            where TCode : struct, Enum
        {
            var text = Text(key);
            if (text.Length == 0)
            {
                if (required)
                {
                    Error(key, new("Kjo vlerë është e detyrueshme.", "A value is required."));
                }

                return null;
            }

            return Parse<TCode>(key, text);
        }

        public TCode? Parse<TCode>(string key, string text)
            where TCode : struct, Enum
        {
            var folded = AlbanianText.Fold(text);
            foreach (var (code, label) in CodeList.All<TCode>())
            {
                if (AlbanianText.Fold(label.Albanian) == folded || AlbanianText.Fold(label.English) == folded || AlbanianText.Fold(code.ToString()) == folded)
                {
                    return code;
                }
            }

            var choices = CodeList.All<TCode>();
            Error(key, new(
                $"„{text}” nuk është një nga vlerat: {string.Join(", ", choices.Select(c => c.Value.Albanian))}.",
                $"\"{text}\" is not one of: {string.Join(", ", choices.Select(c => c.Value.English))}."));
            return null;
        }

        /// <summary>Calls a domain factory; a broken rule becomes an error of the row, on the column the rule names.</summary>
        public T? Build<T>(Func<T> factory, Func<string?, string?, string?> column)
            where T : class
        {
            try
            {
                return factory();
            }
            catch (DomainArgumentException e)
            {
                Error(column(e.ParamName, null), e.Text);
            }
            catch (DomainException e)
            {
                Error(column(null, e.Rule), e.Text);
            }
            catch (ArgumentException e)
            {
                Error(column(e.ParamName, null), new("Vlera nuk pranohet.", "The value is not accepted."));
            }

            return null;
        }

        public Checked Result(object? record) =>
            new(new ImportRow(row.Number, row.Values, [.. _errors], null), HasErrors ? null : record);
    }
}
