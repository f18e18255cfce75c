namespace Hooks.Contracts.Platform;

/// <summary>A stored line of a run's log.</summary>
/// <param name="Number">Its number, from 1: the event id of the server-sent events stream.</param>
/// <param name="Time">When it was written.</param>
/// <param name="Stream">Standard output or standard error.</param>
/// <param name="Text">The text, escape codes kept.</param>
public sealed record RunLogLine(long Number, DateTimeOffset Time, OutputChannel Stream, string Text);
