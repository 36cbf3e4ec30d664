using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Krat.Documents.Minutes;

/// <summary>Small builders of WordprocessingML elements in the shapes the minutes use (paragraphs, tables).</summary>
internal static class WordParts
{
    public static Paragraph Paragraph(string text, bool bold = false, int? halfPoints = null, JustificationValues? align = null, int spaceAfter = 120, string? style = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        properties.Append(new SpacingBetweenLines { After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (align is { } a)
        {
            properties.Append(new Justification { Val = a });
        }

        return new Paragraph(properties, Run(text, bold, halfPoints));
    }

    public static Paragraph Heading(string text) => Paragraph(text, bold: true, halfPoints: 26, spaceAfter: 120, style: "Heading1");

    public static Run Run(string text, bool bold = false, int? halfPoints = null, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        if (halfPoints is { } size)
        {
            properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A table with a header row (bold, repeated on every page), borders and the given column widths (twentieths of a point).</summary>
    public static Table Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int> widths, bool borders = true)
    {
        var table = new Table();
        var properties = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (borders)
        {
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));
        }

        properties.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        table.Append(properties);
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        if (headers.Count > 0)
        {
            table.Append(Row(headers, widths, header: true));
        }

        foreach (var row in rows)
        {
            table.Append(Row(row, widths, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header)
            {
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            }

            var lines = cells[i].Split('\n');
            var paragraphs = lines.Select(line => Paragraph(line, bold: header, spaceAfter: 0));
            row.Append(new TableCell([cellProperties, .. paragraphs]));
        }

        return row;
    }
}
