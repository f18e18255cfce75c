namespace Hooks.Testing;

/// <summary>Where the build puts the test fixture plugins (tests/Fixtures/bin/&lt;Configuration&gt;/plugins).</summary>
public static class FixturePlugins
{
    public static string Directory { get; } = Path.Combine(
        Paths.RepositoryRoot, "tests", "Fixtures", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "plugins");

    /// <summary>A folder with the fixture plugins and whatever else a test adds (a broken plugin, say).</summary>
    public static TempDirectory CopyTo(TempDirectory target)
    {
        foreach (string file in System.IO.Directory.GetFiles(Directory, "*", SearchOption.AllDirectories))
        {
            string destination = Path.Combine(target.Path, Path.GetRelativePath(Directory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
