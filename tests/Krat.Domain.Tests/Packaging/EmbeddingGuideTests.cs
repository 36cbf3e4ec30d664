using System.Text.RegularExpressions;

namespace Krat.Domain.Tests.Packaging;

/// <summary>
/// docs/embedding.md is a tutorial that compiles: every C# (and Razor) block of it is a region or a whole file of
/// the consumer project in .ci/consumer, which .ci/consumer-check builds and runs against the packed packages.
/// These tests keep the guide and the project the same text (`.ci/embedding-snippets` copies the project into
/// the guide).
/// </summary>
public sealed partial class EmbeddingGuideTests
{
    private static readonly string Root = RepositoryFolder.Root;
    private static readonly string Consumer = Path.Combine(Root, ".ci", "consumer");
    private static readonly string[] Guide = File.ReadAllLines(Path.Combine(Root, "docs", "embedding.md"));

    [Fact]
    public void EveryCSharpBlock_NamesTheProjectRegionItComesFrom()
    {
        var unmarked = Blocks()
            .Where(b => b.Language is "csharp" or "cs" or "cshtml" && b.Source is null)
            .Select(b => $"line {b.Line}: {b.Lines.FirstOrDefault()}")
            .ToList();

        Assert.True(Blocks().Count(b => b.Source is not null) >= 8, "the guide has its snippets");
        Assert.True(unmarked.Count == 0, "C# blocks without a <!-- snippet: File.cs#region --> marker (they would not be compiled):\n" + string.Join('\n', unmarked));
    }

    [Fact]
    public void EverySnippet_IsTheProjectsTextToTheLetter()
    {
        var stale = new List<string>();
        foreach (var block in Blocks().Where(b => b.Source is not null))
        {
            var expected = Snippet(block.Source!, block.Region);
            if (!expected.SequenceEqual(block.Lines))
            {
                stale.Add($"line {block.Line} ({block.Source}#{block.Region}) should read:\n{string.Join('\n', expected)}");
            }
        }

        Assert.True(stale.Count == 0, "docs/embedding.md differs from .ci/consumer (run .ci/embedding-snippets):\n" + string.Join("\n\n", stale));
    }

    [Fact]
    public void EveryRegionOfTheConsumerProject_IsShownInTheGuide()
    {
        var shown = Blocks().Where(b => b.Source is not null).Select(b => $"{b.Source}#{b.Region}").ToHashSet(StringComparer.Ordinal);
        var regions = Directory.EnumerateFiles(Consumer, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadAllLines(file)
                .Select(l => RegionPattern().Match(l))
                .Where(m => m.Success)
                .Select(m => $"{Path.GetRelativePath(Consumer, file).Replace('\\', '/')}#{m.Groups["name"].Value}"))
            .ToList();

        Assert.NotEmpty(regions);
        Assert.DoesNotContain(regions, r => !shown.Contains(r));
    }

    [Fact]
    public void TheGuide_KeepsWhatTheReviewFoundMissing()
    {
        var program = string.Join('\n', Snippet("Program.cs", "program"));

        Assert.Contains("app.MapStaticAssets();", program, StringComparison.Ordinal);
        Assert.Contains("AddFilter(\"Microsoft.EntityFrameworkCore\", LogLevel.Warning)", program, StringComparison.Ordinal);
        var text = string.Join('\n', Guide);
        Assert.Contains("IReportService", text, StringComparison.Ordinal);
        Assert.DoesNotContain("myCommitteeId", text, StringComparison.Ordinal);
    }

    private static List<string> Snippet(string path, string? region)
    {
        var lines = File.ReadAllLines(Path.Combine(Consumer, path)).ToList();
        if (region is not null)
        {
            var start = lines.FindIndex(l => l.Trim() == $"#region {region}");
            Assert.True(start >= 0, $"{path} has no #region {region}");
            var end = lines.FindIndex(start + 1, l => l.Trim() == "#endregion");
            lines = lines[(start + 1)..end];
        }

        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return [.. lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart(' '))];
    }

    private static List<Block> Blocks()
    {
        var blocks = new List<Block>();
        for (var i = 0; i < Guide.Length; i++)
        {
            if (!Guide[i].StartsWith("```", StringComparison.Ordinal) || Guide[i].Length == 3)
            {
                continue;
            }

            var end = Array.FindIndex(Guide, i + 1, l => l == "```");
            var marker = i > 0 ? MarkerPattern().Match(Guide[i - 1]) : Match.Empty;
            blocks.Add(new Block(
                i + 1,
                Guide[i][3..].Trim(),
                marker.Success ? marker.Groups["path"].Value : null,
                marker.Success && marker.Groups["region"].Success ? marker.Groups["region"].Value : null,
                Guide[(i + 1)..end]));
            i = end;
        }

        return blocks;
    }

    [GeneratedRegex(@"^<!-- snippet: (?<path>[^#\s]+)(?:#(?<region>[\w-]+))? -->$")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^\s*#region (?<name>[\w-]+)\s*$")]
    private static partial Regex RegionPattern();

    private sealed record Block(int Line, string Language, string? Source, string? Region, string[] Lines);
}
