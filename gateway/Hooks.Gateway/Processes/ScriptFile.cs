namespace Hooks.Gateway.Processes;

/// <summary>
/// A script's text in a file of a private temporary directory (mode 0700), so the script never shows in an argument
/// list and has no length limit; removed when disposed.
/// </summary>
internal sealed class ScriptFile : IDisposable
{
    private readonly DirectoryInfo _directory;

    private ScriptFile(DirectoryInfo directory, string path)
    {
        _directory = directory;
        Path = path;
    }

    public string Path { get; }

    public static ScriptFile Write(string text, string name = "script.sh")
    {
        var directory = Directory.CreateTempSubdirectory("hooks-run-");
        string path = System.IO.Path.Combine(directory.FullName, name);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        using (var file = new FileStream(path, options))
        using (var writer = new StreamWriter(file))
        {
            writer.Write(text);
        }

        return new ScriptFile(directory, path);
    }

    public void Dispose()
    {
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary file is not worth failing a run for.
        }
    }
}
