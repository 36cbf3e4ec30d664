namespace Krat.Domain.Tests;

/// <summary>The repository's root folder (the one holding Krat.sln), found above the test assembly.</summary>
internal static class RepositoryFolder
{
    /// <summary>The root folder's full path.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Krat.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Krat.sln) was not found above " + AppContext.BaseDirectory);
    }
}
