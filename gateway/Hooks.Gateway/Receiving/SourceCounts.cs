namespace Hooks.Gateway.Receiving;

/// <summary>One source's counts since this process started; refusals by reason (<c>wrong signature</c>, <c>stale timestamp</c> ...).</summary>
public sealed record SourceCounts(long Accepted, long Duplicates, IReadOnlyDictionary<string, long> Refused, DateTimeOffset? LastAt, string? LastRefusal);
