namespace Hooks.Contracts.Platform;

/// <summary>
/// A command with its arguments (<see cref="Command"/>) or a shell script (<see cref="Script"/>), and where and how it
/// runs. Arguments are passed as they are, without a shell; put secrets in <see cref="Environment"/>, not in them.
/// </summary>
public sealed record ProcessRequest
{
    private ProcessRequest(string fileName, IReadOnlyList<string> arguments, string? script)
    {
        FileName = fileName;
        Arguments = arguments;
        ScriptText = script;
    }

    /// <summary>The program (a path, or a name looked up in <c>PATH</c>).</summary>
    public string FileName { get; }

    /// <summary>The program's arguments, each passed as one argument.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The script's text when the request is a script, else null.</summary>
    public string? ScriptText { get; }

    /// <summary>The directory it runs in (default: the gateway's current directory).</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// Variables to set (a null value removes one). They come on top of a small base (<c>PATH</c>, <c>HOME</c>,
    /// <c>USER</c>, <c>LANG</c>, <c>LC_ALL</c>, <c>TZ</c>, <c>TMPDIR</c>, <c>TERM</c>) unless
    /// <see cref="InheritEnvironment"/> is set: the gateway's own secrets are not handed to a build.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Whether the process gets the gateway's whole environment (default false).</summary>
    public bool InheritEnvironment { get; init; }

    /// <summary>How long it may run before its process group is killed (default: no limit).</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// How long the group has between SIGTERM and SIGKILL when timed out or cancelled (default two seconds).
    /// </summary>
    public TimeSpan KillGrace { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Sends standard error into the same pipe as standard output, so the order of lines across the two is exactly the
    /// order they were written in (every line is then marked <see cref="OutputChannel.Output"/>). Separately, lines are
    /// ordered as they arrive, which is the written order unless the two streams write within microseconds.
    /// </summary>
    public bool MergeErrorIntoOutput { get; init; }

    /// <summary>A run log every line is appended to, or none.</summary>
    public RunLogId? Log { get; init; }

    /// <summary>Called with every line, in order, after it is appended to the log (for callers that read output).</summary>
    public Func<OutputLine, ValueTask>? OnLine { get; init; }

    /// <summary>The shell a script runs with (default <c>/bin/sh</c>).</summary>
    public string Shell { get; init; } = "/bin/sh";

    /// <summary>A program and its arguments, run without a shell.</summary>
    public static ProcessRequest Command(string fileName, params IReadOnlyList<string> arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return new ProcessRequest(fileName, arguments, null);
    }

    /// <summary>
    /// A shell script, written to a private temporary file and run with <see cref="Shell"/> (so it never shows in an
    /// argument list, and has no length limit).
    /// </summary>
    public static ProcessRequest Script(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return new ProcessRequest("", [], script);
    }
}
