using System.Diagnostics;
using System.Reflection;
using System.Xml.Linq;
using Krat.Domain.Organisations;

namespace Krat.Domain.Tests.Packaging;

/// <summary>What the published packages promise: the right dependencies, complete XML docs, two packable projects.</summary>
public sealed class PackagingTests
{
    private static readonly Assembly Domain = typeof(Organisation).Assembly;

    [Fact]
    public void DomainAssembly_References_OnlyNodaTimeArdalisSpecificationAndTheFramework()
    {
        var foreign = Domain.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib")
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(["Ardalis.Specification", "NodaTime"], foreign);
    }

    [Fact]
    public void DomainXmlDocs_Ship_BesideTheAssembly_AndDocumentEveryPublicTypeAndMember()
    {
        var xmlPath = Path.ChangeExtension(Domain.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"{xmlPath} is missing: the package would ship without docs.");
        var documented = XDocument.Load(xmlPath).Descendants("member")
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);

        var missing = new List<string>();
        foreach (var type in Domain.GetExportedTypes())
        {
            var typeName = type.FullName!.Replace('+', '.');
            if (!documented.Contains("T:" + typeName))
            {
                missing.Add("T:" + typeName);
            }

            const BindingFlags declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(declared))
            {
                var prefix = member switch
                {
                    PropertyInfo => "P:",
                    FieldInfo when type.IsEnum && member.Name == "value__" => null,
                    FieldInfo => "F:",
                    MethodInfo m when !m.IsSpecialName && !IsCompilerGenerated(m) => "M:",
                    _ => null,
                };
                if (prefix is null)
                {
                    continue;
                }

                var id = $"{prefix}{typeName}.{member.Name}";
                if (!documented.Any(d => d == id || d.StartsWith(id + "(", StringComparison.Ordinal) || d.StartsWith(id + "``", StringComparison.Ordinal)))
                {
                    missing.Add(id);
                }
            }
        }

        Assert.True(missing.Count == 0, "Undocumented public API:\n" + string.Join('\n', missing.Distinct()));
    }

    [Fact]
    public async Task OnlyTheSourceLibraries_ArePackable()
    {
        var root = RepositoryFolder.Root;
        var projects = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        Assert.True(projects.Length >= 6, $"expected the solution's projects under {root}");

        var packable = await Task.WhenAll(projects.Select(async p => (Project: Path.GetFileNameWithoutExtension(p), Packable: await IsPackableAsync(p))));

        Assert.Equal(
            ["Krat.Documents", "Krat.Domain", "Krat.Infrastructure", "Krat.Infrastructure.PostgreSql"],
            packable.Where(p => p.Packable).Select(p => p.Project).Order(StringComparer.Ordinal));
    }

    private static bool IsCompilerGenerated(MethodInfo method) =>
        method.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute));

    private static async Task<bool> IsPackableAsync(string project)
    {
        var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-getProperty:IsPackable", "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"msbuild could not evaluate {project}: {output}");
        return bool.Parse(output.Trim());
    }
}
