using Hooks.Contracts.Platform;

namespace Hooks.Plugins.Ci.Building;

/// <summary>Each stage a <c>/bin/sh</c> script in the checkout; the runner kills its whole process tree on timeout or kill.</summary>
public sealed class ProcessStageHost(IProcessRunner processes, string checkout, StageLog log) : IStageHost
{
    public async Task<StageResult> RunAsync(string stage, string command, IReadOnlyDictionary<string, string> variables, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var result = await processes.RunAsync(ProcessRequest.Script(command) with
        {
            WorkingDirectory = checkout,
            Environment = variables.ToDictionary(v => v.Key, v => (string?)v.Value, StringComparer.Ordinal),
            MergeErrorIntoOutput = true,
            Timeout = timeout,
            OnLine = line => new ValueTask(log.WriteAsync(stage, line.Text)),
        }, cancellationToken);
        return result switch
        {
            { TimedOut: true } => new StageResult(null, TimedOut: true),
            { Cancelled: true } => throw new OperationCanceledException(cancellationToken),
            _ => new StageResult(result.ExitCode, TimedOut: false),
        };
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
