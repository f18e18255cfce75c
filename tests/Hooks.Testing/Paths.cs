namespace Hooks.Testing;

/// <summary>Where the repository and the shared fixtures are, seen from a test's output folder.</summary>
public static class Paths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary><c>shared/</c> stands beside the repository (override with HOOKS_SHARED).</summary>
    public static string Shared { get; } =
        Environment.GetEnvironmentVariable("HOOKS_SHARED") ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string WebhookFixtures => Path.Combine(Shared, "fixtures", "webhooks");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hooks.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Hooks.sln not found above {AppContext.BaseDirectory}");
    }
}
