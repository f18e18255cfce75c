namespace Hooks.Testing;

/// <summary>The solution's own plugins as the build leaves them (plugins/&lt;Name&gt;/bin/&lt;Configuration&gt;/net10.0).</summary>
public static class SolutionPlugins
{
    /// <summary>A plugins folder holding just the named plugin, laid out as the gateway expects (&lt;Name&gt;/&lt;Name&gt;.dll).</summary>
    public static TempDirectory Only(string name)
    {
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        string built = Path.Combine(Paths.RepositoryRoot, "plugins", name, "bin", configuration, "net10.0");
        var target = new TempDirectory("hooks-plugins");
        foreach (string file in Directory.GetFiles(built, "*", SearchOption.AllDirectories))
        {
            string destination = Path.Combine(target.Path, name, Path.GetRelativePath(built, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
