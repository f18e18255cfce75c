namespace Hooks.Testing;

/// <summary>Where the repository and the webhook corpora are, seen from a test's output folder.</summary>
public static class Paths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary><c>shared/</c> stands beside the repository (override with HOOKS_SHARED); it is optional.</summary>
    public static string Shared { get; } =
        Environment.GetEnvironmentVariable("HOOKS_SHARED") ?? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The project's own deliveries (<c>tests/Hooks.Testing/Webhooks</c>), copied beside every test assembly.</summary>
    public static string OwnWebhooks { get; } = Path.Combine(AppContext.BaseDirectory, "Webhooks");

    /// <summary>Other projects' published deliveries in <c>shared/fixtures/webhooks</c>, where that folder is there.</summary>
    public static string PublishedWebhooks => Path.Combine(Shared, "fixtures", "webhooks");

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
