namespace Hooks.Contracts.Platform;

/// <summary>One line a process wrote, without its line end, as it was written (escape codes kept).</summary>
/// <param name="Time">When the gateway read it.</param>
/// <param name="Stream">Standard output or standard error.</param>
/// <param name="Text">The line's text (UTF-8 decoded; a lone carriage return inside is kept).</param>
public sealed record OutputLine(DateTimeOffset Time, OutputChannel Stream, string Text);
