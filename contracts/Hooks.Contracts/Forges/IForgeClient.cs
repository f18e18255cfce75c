using Hooks.Contracts.Events;

namespace Hooks.Contracts.Forges;

/// <summary>
/// The operations every forge offers, on one source. A repository is named as the forge names it: <c>owner/repo</c>
/// (GitHub, Gitea), <c>group/sub/project</c> or a numeric id (GitLab), <c>workspace/repo</c> (Bitbucket Cloud),
/// <c>PROJECT/repo</c> (Bitbucket Server). Lists follow the forge's pagination, on the source's host only.
/// </summary>
public interface IForgeClient
{
    /// <summary>The source's name.</summary>
    string Source { get; }

    /// <summary>The source's forge.</summary>
    Forge Forge { get; }

    /// <summary>Whether the source has an API token; without one calls go unauthenticated.</summary>
    bool HasToken { get; }

    /// <summary>A file's bytes at a commit, or null when the file is not there.</summary>
    Task<byte[]?> FileAsync(string repository, string path, string sha, CancellationToken cancellationToken);

    /// <summary>The commit a branch points at, or null when there is no such branch.</summary>
    Task<string?> BranchHeadAsync(string repository, string branch, CancellationToken cancellationToken);

    /// <summary>The commits after <paramref name="fromSha"/> up to <paramref name="toSha"/>, with the paths each changed.</summary>
    Task<IReadOnlyList<ForgeCommit>> CommitsBetweenAsync(string repository, string fromSha, string toSha, CancellationToken cancellationToken);

    /// <summary>
    /// A CI job's log as plain text (contracts 2.4): a GitLab job's trace (<c>jobs/:id/trace</c>), a GitHub or Gitea
    /// Actions job's log (<c>actions/jobs/:id/logs</c>; GitHub answers with a redirect to short-lived storage, followed
    /// without the token).
    /// </summary>
    /// <exception cref="ForgeApiException">The forge has no log for the job (its status 404), or serves no job logs
    /// (Bitbucket: status null).</exception>
    Task<string> JobLogAsync(string repository, long jobId, CancellationToken cancellationToken);

    /// <summary>Sets a commit status (a build status on Bitbucket) in the forge's own words for <paramref name="state"/>.</summary>
    Task ReportStatusAsync(string repository, string sha, CommitState state, string context, string? description, Uri? targetUrl, CancellationToken cancellationToken);
}
