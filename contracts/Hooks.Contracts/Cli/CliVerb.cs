namespace Hooks.Contracts.Cli;

/// <summary>One verb of the <c>hooks</c> command line.</summary>
/// <param name="Path">The words that name it, the first usually the plugin's id: <c>package-builds trigger</c>.</param>
/// <param name="Description">One line for <c>--help</c>.</param>
/// <param name="Arguments">Its positional arguments, in order, all required.</param>
/// <param name="Options">Its options, without dashes (<c>branch</c> is <c>--branch</c>), each optional and taking one value.</param>
/// <param name="RunAsync">What it does; returns the exit code (0 for success).</param>
public sealed record CliVerb(
    string Path,
    string Description,
    IReadOnlyList<string> Arguments,
    IReadOnlyList<string> Options,
    Func<CliCall, CancellationToken, Task<int>> RunAsync);
