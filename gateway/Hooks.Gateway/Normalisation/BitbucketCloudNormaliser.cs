using System.Text.Json;
using Hooks.Contracts.Events;
using static Hooks.Gateway.Normalisation.JsonPath;

namespace Hooks.Gateway.Normalisation;

/// <summary>
/// Bitbucket Cloud (X-Event-Key). A <c>repo:push</c> lists changes; each becomes its own push or tag push. Commits
/// come newest first without changed paths; PR head hashes are short. Newer payloads name people by nickname only.
/// </summary>
internal sealed class BitbucketCloudNormaliser : IForgeNormaliser
{
    public IEnumerable<HookEvent> Events(ForgePayload payload)
    {
        var root = payload.Root;
        return payload.EventName switch
        {
            "repo:push" => root.Items("push", "changes").Select(Change),
            "pullrequest:comment_created" or "pullrequest:comment_updated" => [Comment(root, payload.EventName)],
            _ when payload.EventName.StartsWith("pullrequest:", StringComparison.Ordinal) => [PullRequest(root, payload.EventName)],
            _ => [new Other()],
        };
    }

    public RepositoryRef? Repository(ForgePayload payload)
    {
        if (payload.Root.At("repository") is not { } repository)
        {
            return null;
        }

        string fullName = repository.Str("full_name") ?? "";
        return new RepositoryRef(
            repository.Str("uuid") ?? fullName,
            fullName,
            repository.Text("links", "html", "href"),
            fullName.Length > 0 ? $"https://bitbucket.org/{fullName}.git" : null,
            repository.Text("mainbranch", "name"));
    }

    public Actor? Sender(ForgePayload payload) => User(payload.Root.At("actor"));

    private static Actor? User(JsonElement? user) =>
        (user?.Text("username") ?? user?.Text("nickname") ?? user?.Text("account_id")) is { } login
            ? new Actor(login, user!.Value.Text("display_name"))
            : null;

    private static HookEvent Change(JsonElement change)
    {
        var side = change.At("new") ?? change.At("old") ?? default;
        string name = side.Str("name") ?? "";
        string before = change.Str("old", "target", "hash") ?? ZeroSha;
        string after = change.Str("new", "target", "hash") ?? ZeroSha;
        bool created = !change.Has("old");
        bool deleted = !change.Has("new");
        if (side.Str("type") == "tag")
        {
            return new TagPush { Ref = "refs/tags/" + name, Tag = name, Before = before, After = after, Created = created, Deleted = deleted };
        }

        return new Push
        {
            Ref = "refs/heads/" + name,
            Branch = name,
            Before = before,
            After = after,
            Created = created,
            Deleted = deleted,
            CompareUrl = created || deleted ? null : change.Text("links", "html", "href"),
            Commits = [.. change.Items("commits").Select(CommitOf).Reverse()],
        };
    }

    /// <summary>Bitbucket gives the author as raw <c>Name &lt;email&gt;</c>.</summary>
    private static Commit CommitOf(JsonElement commit)
    {
        string raw = commit.Str("author", "raw") ?? "";
        int open = raw.LastIndexOf('<');
        string? email = open >= 0 && raw.EndsWith('>') ? raw[(open + 1)..^1] : null;
        string name = open >= 0 ? raw[..open].Trim() : raw;
        string login = User(commit.At("author", "user"))?.Login ?? name;
        return new Commit(
            commit.Str("hash") ?? "",
            commit.Str("message") ?? "",
            new Actor(login, name, email),
            commit.Time("date"),
            commit.Text("links", "html", "href"),
            [],
            [],
            []);
    }

    private static PullRequest PullRequest(JsonElement root, string eventName)
    {
        var pull = root.At("pullrequest") ?? default;
        string state = (pull.Str("state") ?? "").ToLowerInvariant();
        return new PullRequest
        {
            Number = pull.Long("id") ?? 0,
            RawAction = eventName,
            Action = eventName switch
            {
                "pullrequest:created" => PullRequestAction.Opened,
                "pullrequest:updated" => PullRequestAction.Updated,
                "pullrequest:fulfilled" => PullRequestAction.Merged,
                "pullrequest:rejected" => PullRequestAction.Closed,
                "pullrequest:approved" => PullRequestAction.Approved,
                _ => PullRequestAction.Other,
            },
            Title = pull.Str("title") ?? "",
            State = state.Length > 0 ? state : null,
            SourceBranch = pull.Str("source", "branch", "name") ?? "",
            TargetBranch = pull.Str("destination", "branch", "name") ?? "",
            HeadSha = pull.Text("source", "commit", "hash"),
            Merged = state == "merged",
            Url = pull.Text("links", "html", "href"),
            Author = User(pull.At("author")),
        };
    }

    private static Comment Comment(JsonElement root, string eventName)
    {
        var comment = root.At("comment") ?? default;
        return new Comment
        {
            Id = comment.Str("id") ?? "",
            Body = comment.Str("content", "raw") ?? "",
            Author = User(comment.At("user")),
            Target = CommentTarget.PullRequest,
            TargetNumber = root.Long("pullrequest", "id"),
            RawAction = eventName,
            Url = comment.Text("links", "html", "href"),
        };
    }
}
