using Hooks.Contracts.Platform;

namespace Hooks.Plugins.PackageBuilds.Building;

/// <summary>
/// What one <c>scripts</c> entry runs. Its first word naming a file in the bootstrap checkout (then beside the
/// configuration file) runs that file with the rest of the line as arguments; anything else is a shell line.
/// </summary>
public static class ScriptLine
{
    public static ProcessRequest For(string entry, string bootstrapDirectory, string configDirectory, IReadOnlyDictionary<string, string> placeholders)
    {
        string line = Placeholders.Expand(entry.Trim(), placeholders);
        int space = line.IndexOfAny([' ', '\t']);
        string first = space < 0 ? line : line[..space];
        string rest = space < 0 ? "" : line[space..];
        string? file = FileNamed(first, bootstrapDirectory) ?? FileNamed(first, configDirectory);
        if (file is null)
        {
            return ProcessRequest.Script(line);
        }

        string quoted = "'" + file.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        return ProcessRequest.Script(!OperatingSystem.IsWindows() && IsExecutable(file) ? $"exec {quoted}{rest}" : $"exec /bin/sh {quoted}{rest}");
    }

    private static string? FileNamed(string name, string directory)
    {
        if (name.Length == 0 || name.Contains('\'', StringComparison.Ordinal) || name.Contains('"', StringComparison.Ordinal))
        {
            return null;
        }

        string path = Path.GetFullPath(Path.Combine(directory, name));
        return File.Exists(path) ? path : null;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool IsExecutable(string file) =>
        (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
