namespace Hooks.Contracts.Forges;

/// <summary>Commit statuses on every forge, by source: a source without a token is skipped with one log line.</summary>
public interface ICommitStatuses
{
    /// <summary>Reports <paramref name="state"/> for <paramref name="sha"/> under <paramref name="context"/> (the check's name).</summary>
    /// <returns>True when reported, false when skipped because the source has no token.</returns>
    Task<bool> ReportAsync(
        string source,
        string repository,
        string sha,
        CommitState state,
        string context,
        string? description,
        Uri? targetUrl,
        CancellationToken cancellationToken);
}
