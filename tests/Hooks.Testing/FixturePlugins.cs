namespace Hooks.Testing;

/// <summary>Where the build puts the test fixture plugins (tests/Fixtures/bin/&lt;Configuration&gt;/plugins).</summary>
public static class FixturePlugins
{
    public static string Directory { get; } = Path.Combine(
        Paths.RepositoryRoot, "tests", "Fixtures", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "plugins");

    /// <summary>
    /// A folder with the fixture plugins (all, or only those named) and whatever else a test adds (a broken plugin, say).
    /// The faulty plugin, which fails on purpose, and the sample CI, which builds every push, come only when named.
    /// </summary>
    public static TempDirectory CopyTo(TempDirectory target, params string[] only)
    {
        foreach (string file in System.IO.Directory.GetFiles(Directory, "*", SearchOption.AllDirectories))
        {
            string folder = Path.GetRelativePath(Directory, file).Split(Path.DirectorySeparatorChar)[0];
            if (only.Length > 0 ? !only.Contains(folder) : folder is "Hooks.Fixtures.Faulty" or "Hooks.Fixtures.SampleCi")
            {
                continue;
            }

            string destination = Path.Combine(target.Path, Path.GetRelativePath(Directory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
