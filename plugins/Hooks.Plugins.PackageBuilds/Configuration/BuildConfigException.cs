namespace Hooks.Plugins.PackageBuilds.Configuration;

/// <summary>The configuration file is wrong: where (file and line) and why.</summary>
public sealed class BuildConfigException : Exception
{
    public BuildConfigException()
    {
    }

    public BuildConfigException(string message)
        : base(message)
    {
    }

    public BuildConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static BuildConfigException At(string file, long line, string reason) => new($"{file}:{line}: {reason}");
}
