namespace Hooks.Contracts.Platform;

/// <summary>Which stream a line came from: standard output or standard error.</summary>
public enum OutputChannel
{
    /// <summary>Standard output, or a line a plugin wrote itself.</summary>
    Output = 0,

    /// <summary>Standard error.</summary>
    Error = 1,
}
