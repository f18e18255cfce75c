using Hooks.Contracts.Forges;

namespace Hooks.Gateway.Forges;

/// <summary>Commit statuses through each source's client; a source without a token is skipped with one log line.</summary>
public sealed partial class CommitStatuses(IForgeClients clients, ILogger<CommitStatuses> logger) : ICommitStatuses
{
    public async Task<bool> ReportAsync(
        string source,
        string repository,
        string sha,
        CommitState state,
        string context,
        string? description,
        Uri? targetUrl,
        CancellationToken cancellationToken)
    {
        var client = clients.ForSource(source);
        if (!client.HasToken)
        {
            Log.NoToken(logger, source, repository, sha, state, context);
            return false;
        }

        await client.ReportStatusAsync(repository, sha, state, context, description, targetUrl, cancellationToken);
        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Commit status {State} ({Context}) of {Repository}@{Sha} not reported: source {Source} has no Token")]
        public static partial void NoToken(ILogger logger, string source, string repository, string sha, CommitState state, string context);
    }
}
