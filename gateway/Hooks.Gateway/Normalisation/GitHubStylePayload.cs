using System.Text.Json;
using Hooks.Contracts.Events;

namespace Hooks.Gateway.Normalisation;

/// <summary>What Gitea and Forgejo send exactly as GitHub does: the repository and the release.</summary>
internal static class GitHubStylePayload
{
    public static RepositoryRef? Repository(JsonElement root) => root.At("repository") is { } repository
        ? new RepositoryRef(
            repository.Str("id") ?? "",
            repository.Str("full_name") ?? "",
            repository.Text("html_url"),
            repository.Text("clone_url"),
            repository.Text("default_branch"))
        : null;

    public static Release Release(JsonElement root) => new()
    {
        Tag = root.Str("release", "tag_name") ?? "",
        Name = root.Text("release", "name"),
        Action = root.Str("action") ?? "",
        Url = root.Text("release", "html_url"),
    };
}
