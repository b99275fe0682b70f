namespace ProtectHub.TestCommon;

/// <summary>Files of the repository the tests run from (scripts they start, sources they check).</summary>
public static class RepositoryFiles
{
    /// <summary>The folder holding ProtectHub.slnx, found upwards from the test's binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ProtectHub.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root");
    }
}
