namespace Hooks.Gateway.Workspaces;

/// <summary>A git command's exit code and its output lines (standard output and error, in order).</summary>
public sealed record GitOutput(int ExitCode, IReadOnlyList<string> Lines)
{
    /// <summary>The last few lines, for an error message.</summary>
    public string Tail => string.Join(" | ", Lines.TakeLast(5));
}
