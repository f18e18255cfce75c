namespace Hooks.Contracts.Platform;

/// <summary>
/// The logs of plugin runs (builds, scripts), kept in the gateway's store so that any gateway process serves what a
/// worker process writes: <c>GET /runs/{plugin}/{run}/log</c> (text, or HTML with <c>?html=true</c>) and
/// <c>GET /runs/{plugin}/{run}/log/stream</c> (server-sent events, live). Lines are numbered from 1 in the order they
/// were appended and keep their escape codes. Logs older than <c>Hooks:RunLogs:KeepDays</c> (default 30) are deleted.
/// </summary>
public interface IRunLogs
{
    /// <summary>
    /// Appends lines, numbered after the ones already there, in one transaction; creates the log if it is new (an empty
    /// list just creates it). Returns the number of the last line.
    /// </summary>
    Task<long> AppendAsync(RunLogId run, IReadOnlyList<OutputLine> lines, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> lines after line number <paramref name="after"/> (0: from the start).</summary>
    Task<IReadOnlyList<RunLogLine>> ReadAsync(RunLogId run, long after, int max, CancellationToken cancellationToken);

    /// <summary>What the store knows of the run, or null when it has no such log.</summary>
    Task<RunLogInfo?> FindAsync(RunLogId run, CancellationToken cancellationToken);

    /// <summary>
    /// Every line after <paramref name="after"/>, then the lines appended later as they come (from any process), until
    /// the run is completed and its last line given. A log that does not exist yet is waited for.
    /// </summary>
    IAsyncEnumerable<RunLogLine> FollowAsync(RunLogId run, long after, CancellationToken cancellationToken);

    /// <summary>Marks the run finished: followers get its remaining lines and then stop.</summary>
    Task CompleteAsync(RunLogId run, CancellationToken cancellationToken);
}
