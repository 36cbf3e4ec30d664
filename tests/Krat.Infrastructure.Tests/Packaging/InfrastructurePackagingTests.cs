using System.Reflection;

namespace Krat.Infrastructure.Tests.Packaging;

/// <summary>What the Krat.Infrastructure package promises to the hosts that reference it.</summary>
public sealed class InfrastructurePackagingTests
{
    private static readonly Assembly Infrastructure = Assembly.Load("Krat.Infrastructure");

    [Fact]
    public void InfrastructureAssembly_References_TheDomainEfCoreAndTheFrameworkOnly()
    {
        string[] allowed = ["Krat.Domain", "NodaTime", "Ardalis.Specification", "netstandard"];
        var foreign = Infrastructure.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !allowed.Contains(n)
                && !n.StartsWith("System", StringComparison.Ordinal)
                && !n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                && !n.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal)
                && !n.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            .ToArray();

        Assert.Empty(foreign);
    }

    [Fact]
    public void InfrastructureXmlDocs_Ship_BesideTheAssembly()
    {
        var xmlPath = Path.ChangeExtension(Infrastructure.Location, ".xml");

        Assert.True(File.Exists(xmlPath), $"{xmlPath} is missing: the package would ship without docs.");
        Assert.Contains("<assembly>", File.ReadAllText(xmlPath), StringComparison.Ordinal);
    }
}
