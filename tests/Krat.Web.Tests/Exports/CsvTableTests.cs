using System.Text;
using CsvHelper;
using Krat.Web.Exports;

namespace Krat.Web.Tests.Exports;

public sealed class CsvTableTests
{
    [Fact]
    public void Write_StartsWithAUtf8ByteOrderMark_AndKeepsDiacritics()
    {
        var bytes = CsvTable.Write(["Bashkia", "Përshkrimi"], [["Krujë", "Çështje, me \"thonjëza\""]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Bashkia,Përshkrimi\r\nKrujë,\"Çështje, me \"\"thonjëza\"\"\"\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public void Write_ReadsBackCell_ForCell()
    {
        string?[][] rows = [["2023-10-05", "Seancë ndërgjegjësuese\nnë dy rreshta", null], ["2023-10-10", "", "120"]];

        var bytes = CsvTable.Write(["Data", "Titulli", "Gjithsej"], rows);

        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default);
        Assert.Equal(["Data", "Titulli", "Gjithsej"], reader.Headers);
        var read = new List<string[]>();
        while (reader.Read())
        {
            read.Add([reader.GetString(0), reader.GetString(1), reader.GetString(2)]);
        }

        Assert.Equal([["2023-10-05", "Seancë ndërgjegjësuese\nnë dy rreshta", ""], ["2023-10-10", "", "120"]], read);
    }

    [Fact]
    public void Write_EscapesCellsASpreadsheetWouldRunAsFormulas()
    {
        var bytes = CsvTable.Write(["A"], [["=HYPERLINK(\"x\")"]]);

        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default);
        Assert.True(reader.Read());
        Assert.Equal("'=HYPERLINK(\"x\")", reader.GetString(0));
    }

    [Fact]
    public void Write_RejectsARowWithAnotherNumberOfCells()
    {
        var error = Assert.Throws<ArgumentException>(() => CsvTable.Write(["A", "B"], [["1", "2"], ["3"]]));

        Assert.Contains("Row 2 has 1 cells; the table has 2 columns.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RejectsATableWithoutColumns() =>
        Assert.Throws<ArgumentException>(() => CsvTable.Write([], []));

    [Fact]
    public void Download_IsAnAttachment_WithTheFileName()
    {
        var result = CsvTable.Download("aktivitetet-Durrës.csv", ["A"], [["1"]]);

        Assert.Equal("aktivitetet-Durrës.csv", result.FileDownloadName);
        Assert.Equal("text/csv; charset=utf-8", result.ContentType);
    }
}
