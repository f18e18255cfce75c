using System.Text.Json;

namespace Hooks.Testing;

/// <summary>A GitHub <c>push</c> delivery in GitHub's documented shape, for a repository the test made.</summary>
public static class GitHubPush
{
    public const string Zeros = "0000000000000000000000000000000000000000";

    public static byte[] Body(string repository, string reference, string before, string after, string cloneUrl, string pusher = "Ada Lovelace", string email = "ada@example.org", bool deleted = false) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["ref"] = reference,
            ["before"] = before,
            ["after"] = after,
            ["created"] = before == Zeros,
            ["deleted"] = deleted,
            ["forced"] = false,
            ["compare"] = $"https://github.example/org/{repository}/compare",
            ["commits"] = deleted ? Array.Empty<object>() : new object[]
            {
                new Dictionary<string, object?>
                {
                    ["id"] = after,
                    ["message"] = "a change",
                    ["timestamp"] = "2026-11-30T12:00:00Z",
                    ["url"] = $"https://github.example/org/{repository}/commit/{after}",
                    ["author"] = new { name = pusher, email, username = "ada" },
                    ["committer"] = new { name = pusher, email, username = "ada" },
                    ["added"] = Array.Empty<string>(),
                    ["removed"] = Array.Empty<string>(),
                    ["modified"] = new[] { "README.md" },
                },
            },
            ["head_commit"] = deleted ? null : new Dictionary<string, object?> { ["id"] = after, ["message"] = "a change", ["author"] = new { name = pusher, email } },
            ["repository"] = new Dictionary<string, object?>
            {
                ["id"] = Math.Abs(repository.GetHashCode(StringComparison.Ordinal)),
                ["name"] = repository,
                ["full_name"] = $"org/{repository}",
                ["html_url"] = $"https://github.example/org/{repository}",
                ["clone_url"] = cloneUrl,
                ["default_branch"] = "main",
                ["owner"] = new { login = "org", id = 1 },
            },
            ["pusher"] = new { name = "ada", email },
            ["sender"] = new { login = "ada", id = 7 },
        });
}
