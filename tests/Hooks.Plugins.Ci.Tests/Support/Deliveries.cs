using System.Text.Json;
using Hooks.Testing;

namespace Hooks.Plugins.Ci.Tests.Support;

/// <summary>Push and pull request deliveries in each forge's documented shape, signed as each forge signs, for repositories the test made.</summary>
public static class Deliveries
{
    /// <summary>A commit of a push: its id, message and the paths it changed.</summary>
    public sealed record PushedCommit(string Id, string Message, params string[] Modified);

    public static (string Source, byte[] Body, Dictionary<string, string> Headers) GitHubPush(string repository, string branch, string before, string after, string cloneUrl, IReadOnlyList<PushedCommit> commits)
    {
        byte[] body = GitHubStyle(repository, branch, before, after, cloneUrl, commits);
        return ("github", body, new() { ["X-GitHub-Event"] = "push", ["X-GitHub-Delivery"] = Guid.NewGuid().ToString(), ["X-Hub-Signature-256"] = "sha256=" + ForgeSigner.HexHmac(GatewayFactory.Secret, body) });
    }

    public static (string Source, byte[] Body, Dictionary<string, string> Headers) GiteaPush(string repository, string branch, string before, string after, string cloneUrl, IReadOnlyList<PushedCommit> commits)
    {
        byte[] body = GitHubStyle(repository, branch, before, after, cloneUrl, commits);
        return ("gitea", body, new() { ["X-Gitea-Event"] = "push", ["X-Gitea-Delivery"] = Guid.NewGuid().ToString(), ["X-Gitea-Signature"] = ForgeSigner.HexHmac(GatewayFactory.Secret, body) });
    }

    public static (string Source, byte[] Body, Dictionary<string, string> Headers) GitLabPush(string repository, string branch, string before, string after, string cloneUrl, IReadOnlyList<PushedCommit> commits)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["object_kind"] = "push",
            ["event_name"] = "push",
            ["ref"] = "refs/heads/" + branch,
            ["before"] = before,
            ["after"] = after,
            ["checkout_sha"] = after,
            ["user_username"] = "ada",
            ["user_name"] = "Ada Lovelace",
            ["user_email"] = "ada@example.org",
            ["project_id"] = 42,
            ["project"] = new Dictionary<string, object?>
            {
                ["id"] = 42,
                ["path_with_namespace"] = $"org/{repository}",
                ["web_url"] = $"https://gitlab.example/org/{repository}",
                ["git_http_url"] = cloneUrl,
                ["default_branch"] = "main",
            },
            ["commits"] = commits.Select(c => new Dictionary<string, object?>
            {
                ["id"] = c.Id,
                ["message"] = c.Message,
                ["timestamp"] = "2026-11-30T12:00:00Z",
                ["url"] = $"https://gitlab.example/org/{repository}/-/commit/{c.Id}",
                ["author"] = new { name = "Ada Lovelace", email = "ada@example.org" },
                ["added"] = Array.Empty<string>(),
                ["modified"] = c.Modified,
                ["removed"] = Array.Empty<string>(),
            }).ToArray(),
            ["total_commits_count"] = commits.Count,
        });
        return ("gitlab", body, new() { ["X-Gitlab-Event"] = "Push Hook", ["Idempotency-Key"] = Guid.NewGuid().ToString(), ["X-Gitlab-Token"] = GatewayFactory.Secret });
    }

    /// <summary>Bitbucket Cloud names no clone URL of its own but bitbucket.org's: the gateway maps the source to the test's remotes.</summary>
    public static (string Source, byte[] Body, Dictionary<string, string> Headers) BitbucketPush(string repository, string branch, string before, string after, IReadOnlyList<PushedCommit> commits)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["actor"] = new { username = "ada", display_name = "Ada Lovelace" },
            ["repository"] = new Dictionary<string, object?>
            {
                ["full_name"] = $"org/{repository}",
                ["uuid"] = "{" + Guid.NewGuid() + "}",
                ["links"] = new { html = new { href = $"https://bitbucket.org/org/{repository}" } },
                ["mainbranch"] = new { name = "main" },
            },
            ["push"] = new
            {
                changes = new[]
                {
                    new Dictionary<string, object?>
                    {
                        ["new"] = new { type = "branch", name = branch, target = new { hash = after } },
                        ["old"] = before == GitHubPushZeros ? null : new { type = "branch", name = branch, target = new { hash = before } },
                        ["created"] = before == GitHubPushZeros,
                        ["closed"] = false,
                        ["commits"] = commits.Reverse().Select(c => new { hash = c.Id, message = c.Message, author = new { raw = "Ada Lovelace <ada@example.org>" } }).ToArray(),
                    },
                },
            },
        }, WithoutNulls);
        return ("bitbucket", body, new() { ["X-Event-Key"] = "repo:push", ["X-Request-UUID"] = Guid.NewGuid().ToString(), ["X-Attempt-Number"] = "1", ["X-Hub-Signature"] = "sha256=" + ForgeSigner.HexHmac(GatewayFactory.Secret, body) });
    }

    public static (string Source, byte[] Body, Dictionary<string, string> Headers) GitHubPullRequest(string repository, string action, long number, string sourceBranch, string targetBranch, string head, string cloneUrl)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["action"] = action,
            ["number"] = number,
            ["pull_request"] = new Dictionary<string, object?>
            {
                ["number"] = number,
                ["title"] = "a change",
                ["state"] = "open",
                ["merged"] = false,
                ["html_url"] = $"https://github.example/org/{repository}/pull/{number}",
                ["user"] = new { login = "ada", id = 7 },
                ["head"] = new { @ref = sourceBranch, sha = head },
                ["base"] = new { @ref = targetBranch, sha = head },
                ["labels"] = Array.Empty<object>(),
            },
            ["repository"] = Repository(repository, cloneUrl),
            ["sender"] = new { login = "ada", id = 7 },
        });
        return ("github", body, new() { ["X-GitHub-Event"] = "pull_request", ["X-GitHub-Delivery"] = Guid.NewGuid().ToString(), ["X-Hub-Signature-256"] = "sha256=" + ForgeSigner.HexHmac(GatewayFactory.Secret, body) });
    }

    private const string GitHubPushZeros = Hooks.Testing.GitHubPush.Zeros;

    private static readonly JsonSerializerOptions WithoutNulls = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static byte[] GitHubStyle(string repository, string branch, string before, string after, string cloneUrl, IReadOnlyList<PushedCommit> commits) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["ref"] = "refs/heads/" + branch,
            ["before"] = before,
            ["after"] = after,
            ["created"] = before == GitHubPushZeros,
            ["deleted"] = false,
            ["forced"] = false,
            ["compare"] = $"https://github.example/org/{repository}/compare",
            ["commits"] = commits.Select(c => new Dictionary<string, object?>
            {
                ["id"] = c.Id,
                ["message"] = c.Message,
                ["timestamp"] = "2026-11-30T12:00:00Z",
                ["url"] = $"https://github.example/org/{repository}/commit/{c.Id}",
                ["author"] = new { name = "Ada Lovelace", email = "ada@example.org", username = "ada" },
                ["committer"] = new { name = "Ada Lovelace", email = "ada@example.org", username = "ada" },
                ["added"] = Array.Empty<string>(),
                ["removed"] = Array.Empty<string>(),
                ["modified"] = c.Modified,
            }).ToArray(),
            ["head_commit"] = commits.Count > 0 ? new Dictionary<string, object?> { ["id"] = after, ["message"] = commits[^1].Message } : null,
            ["repository"] = Repository(repository, cloneUrl),
            ["pusher"] = new { name = "ada", email = "ada@example.org" },
            ["sender"] = new { login = "ada", id = 7 },
        });

    private static Dictionary<string, object?> Repository(string repository, string cloneUrl) => new()
    {
        ["id"] = Math.Abs(repository.GetHashCode(StringComparison.Ordinal)),
        ["name"] = repository,
        ["full_name"] = $"org/{repository}",
        ["html_url"] = $"https://github.example/org/{repository}",
        ["clone_url"] = cloneUrl,
        ["default_branch"] = "main",
        ["owner"] = new { login = "org", id = 1, username = "org" },
    };
}
