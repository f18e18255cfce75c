using Hooks.Contracts.Forges;

namespace Hooks.Gateway.Forges.GitHub;

/// <summary>
/// A commit status as GitHub takes it, and Gitea/Forgejo the same: <c>POST /repos/{owner}/{repo}/statuses/{sha}</c>
/// with error, failure, pending or success (running is pending).
/// </summary>
public sealed record GitHubStatus(string State, string? TargetUrl, string? Description, string Context)
{
    public static Task SendAsync(
        ForgeConnection connection, string repository, string sha, CommitState state, string context, string? description, Uri? targetUrl, CancellationToken cancellationToken) =>
        connection.CallAsync(
            HttpMethod.Post,
            connection.Url($"repos/{Repository.Parse(repository)}/statuses/{sha}"),
            new GitHubStatus(StateName(state), targetUrl?.AbsoluteUri, description, context),
            cancellationToken);

    public static string StateName(CommitState state) => state switch
    {
        CommitState.Pending or CommitState.Running => "pending",
        CommitState.Success => "success",
        CommitState.Failure => "failure",
        _ => "error",
    };
}
