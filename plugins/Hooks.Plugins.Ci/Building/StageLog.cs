using Hooks.Contracts.Platform;

namespace Hooks.Plugins.Ci.Building;

/// <summary>A build's run log, every line prefixed with the upper-cased stage and <c> | </c> (<c>BUILD | ...</c>), as Ocelot's.</summary>
public sealed class StageLog(IRunLogs logs, RunLogId id, TimeProvider time)
{
    public RunLogId Id => id;

    public static string Label(string stage) => stage.ToUpperInvariant() + " | ";

    public Task WriteAsync(string stage, string text) => WriteAsync(stage, [text]);

    public async Task WriteAsync(string stage, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        string label = Label(stage);
        await logs.AppendAsync(id, [.. lines.Select(line => new OutputLine(now, OutputChannel.Output, label + line))], CancellationToken.None);
    }

    public Task CompleteAsync() => logs.CompleteAsync(id, CancellationToken.None);
}
