using System.Text.Json;
using Hooks.Contracts.Events;
using static Hooks.Gateway.Normalisation.JsonPath;

namespace Hooks.Gateway.Normalisation;

/// <summary>
/// Bitbucket Server and Data Center (X-Event-Key). <c>repo:refs_changed</c> lists changes (ADD, UPDATE, DELETE);
/// each becomes its own push or tag push. Pull request events carry their repository in <c>toRef</c>.
/// </summary>
internal sealed class BitbucketServerNormaliser : IForgeNormaliser
{
    public IEnumerable<HookEvent> Events(ForgePayload payload)
    {
        var root = payload.Root;
        return payload.EventName switch
        {
            "repo:refs_changed" => root.Items("changes").Select(change => Change(root, change)),
            "pr:comment:added" or "pr:comment:edited" => [Comment(root, payload.EventName)],
            _ when payload.EventName.StartsWith("pr:", StringComparison.Ordinal) => [PullRequest(root, payload.EventName)],
            _ => [new Other()],
        };
    }

    public RepositoryRef? Repository(ForgePayload payload)
    {
        if ((payload.Root.At("repository") ?? payload.Root.At("pullRequest", "toRef", "repository")) is not { } repository)
        {
            return null;
        }

        string? cloneUrl = repository.Items("links", "clone")
            .FirstOrDefault(link => link.Str("name") is "http" or "https") is { ValueKind: JsonValueKind.Object } clone
            ? clone.Text("href")
            : null;
        return new RepositoryRef(
            repository.Str("id") ?? "",
            $"{repository.Str("project", "key")}/{repository.Str("slug")}",
            repository.Items("links", "self").Select(link => link.Text("href")).FirstOrDefault(),
            cloneUrl,
            null);
    }

    public Actor? Sender(ForgePayload payload) => User(payload.Root.At("actor"));

    private static Actor? User(JsonElement? user) =>
        user?.Text("name") is { } login ? new Actor(login, user.Value.Text("displayName"), user.Value.Text("emailAddress")) : null;

    private static HookEvent Change(JsonElement root, JsonElement change)
    {
        string name = change.Str("ref", "displayId") ?? "";
        string reference = change.Str("ref", "id") ?? change.Str("refId") ?? "";
        string before = change.Str("fromHash") ?? ZeroSha;
        string after = change.Str("toHash") ?? ZeroSha;
        bool created = change.Str("type") == "ADD";
        bool deleted = change.Str("type") == "DELETE";
        if (change.Str("ref", "type") == "TAG")
        {
            return new TagPush { Ref = reference, Tag = name, Before = before, After = after, Created = created, Deleted = deleted };
        }

        return new Push
        {
            Ref = reference,
            Branch = name,
            Before = before,
            After = after,
            Created = created,
            Deleted = deleted,
            Commits = root.Str("toCommit", "id") == after ? [.. root.Items("commits").Select(CommitOf).Reverse()] : [],
        };
    }

    private static Commit CommitOf(JsonElement commit) => new(
        commit.Str("id") ?? "",
        commit.Str("message") ?? "",
        commit.At("author") is { } author
            ? new Actor(author.Str("name") ?? "", author.Text("displayName"), author.Text("emailAddress"))
            : null,
        commit.Long("authorTimestamp") is long millis ? DateTimeOffset.FromUnixTimeMilliseconds(millis) : null,
        null,
        [],
        [],
        []);

    private static PullRequest PullRequest(JsonElement root, string eventName)
    {
        var pull = root.At("pullRequest") ?? default;
        string state = (pull.Str("state") ?? "").ToLowerInvariant();
        return new PullRequest
        {
            Number = pull.Long("id") ?? 0,
            RawAction = eventName,
            Action = eventName switch
            {
                "pr:opened" => PullRequestAction.Opened,
                "pr:from_ref_updated" => PullRequestAction.Updated,
                "pr:modified" => PullRequestAction.Edited,
                "pr:merged" => PullRequestAction.Merged,
                "pr:declined" => PullRequestAction.Closed,
                "pr:reviewer:approved" => PullRequestAction.Approved,
                _ => PullRequestAction.Other,
            },
            Title = pull.Str("title") ?? "",
            State = state.Length > 0 ? state : null,
            SourceBranch = pull.Str("fromRef", "displayId") ?? "",
            TargetBranch = pull.Str("toRef", "displayId") ?? "",
            HeadSha = pull.Text("fromRef", "latestCommit"),
            Merged = state == "merged",
            Url = pull.Items("links", "self").Select(link => link.Text("href")).FirstOrDefault(),
            Author = User(pull.At("author", "user")),
        };
    }

    private static Comment Comment(JsonElement root, string eventName)
    {
        var comment = root.At("comment") ?? default;
        return new Comment
        {
            Id = comment.Str("id") ?? "",
            Body = comment.Str("text") ?? "",
            Author = User(comment.At("author")),
            Target = CommentTarget.PullRequest,
            TargetNumber = root.Long("pullRequest", "id"),
            RawAction = eventName,
        };
    }
}
