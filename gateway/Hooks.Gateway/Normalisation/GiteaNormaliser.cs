using System.Text.Json;
using Hooks.Contracts.Events;
using static Hooks.Gateway.Normalisation.JsonPath;

namespace Hooks.Gateway.Normalisation;

/// <summary>
/// Gitea and Forgejo (X-Gitea-Event or X-Forgejo-Event, finer X-*-Event-Type). Pushes carry no created or deleted
/// flags and list commits newest first; label events give only the labels after the change.
/// </summary>
internal sealed class GiteaNormaliser : IForgeNormaliser
{
    public IEnumerable<HookEvent> Events(ForgePayload payload)
    {
        var root = payload.Root;
        HookEvent single = payload.EventName switch
        {
            "push" when root.Str("ref") is { } reference && reference.StartsWith("refs/tags/", StringComparison.Ordinal) => TagPush(root, reference),
            "push" => Push(root),
            "pull_request" or "pull_request_approved" or "pull_request_rejected" => PullRequest(root, payload.EventName),
            "issues" => Issue(root),
            "issue_comment" => Comment(root, payload.EventType),
            "release" => GitHubStylePayload.Release(root),
            "workflow_run" => GitHubStylePayload.Pipeline(root),
            "workflow_job" => GitHubStylePayload.Job(root),
            _ => new Other(),
        };
        return [single];
    }

    public RepositoryRef? Repository(ForgePayload payload) => GitHubStylePayload.Repository(payload.Root);

    public Actor? Sender(ForgePayload payload) => User(payload.Root.At("sender"));

    private static Actor? User(JsonElement? user) =>
        (user?.Text("login") ?? user?.Text("username")) is { } login
            ? new Actor(login, user!.Value.Text("full_name"), user.Value.Text("email"))
            : null;

    private static Push Push(JsonElement root)
    {
        string reference = root.Str("ref") ?? "";
        string before = root.Str("before") ?? ZeroSha;
        string after = root.Str("after") ?? ZeroSha;
        return new Push
        {
            Ref = reference,
            Branch = WithoutPrefix(reference, "refs/heads/"),
            Before = before,
            After = after,
            Created = before == ZeroSha,
            Deleted = after == ZeroSha,
            CompareUrl = root.Text("compare_url"),
            Commits = [.. root.Items("commits").Select(GitHubNormaliser.CommitOf).Reverse()],
        };
    }

    private static TagPush TagPush(JsonElement root, string reference)
    {
        string before = root.Str("before") ?? ZeroSha;
        string after = root.Str("after") ?? ZeroSha;
        return new TagPush
        {
            Ref = reference,
            Tag = WithoutPrefix(reference, "refs/tags/"),
            Before = before,
            After = after,
            Created = before == ZeroSha,
            Deleted = after == ZeroSha,
        };
    }

    private static PullRequest PullRequest(JsonElement root, string eventName)
    {
        var pull = root.At("pull_request") ?? default;
        string action = root.Str("action") ?? "";
        bool merged = pull.Bool("merged");
        return new PullRequest
        {
            Number = root.Long("number") ?? pull.Long("number") ?? 0,
            RawAction = action,
            Action = (eventName, action) switch
            {
                ("pull_request_approved", _) => PullRequestAction.Approved,
                (_, "opened") => PullRequestAction.Opened,
                (_, "synchronized") => PullRequestAction.Updated,
                (_, "edited") => PullRequestAction.Edited,
                (_, "closed") => merged ? PullRequestAction.Merged : PullRequestAction.Closed,
                (_, "reopened") => PullRequestAction.Reopened,
                (_, "label_updated" or "label_cleared") => PullRequestAction.Labeled,
                _ => PullRequestAction.Other,
            },
            Title = pull.Str("title") ?? "",
            State = pull.Text("state"),
            SourceBranch = pull.Str("head", "ref") ?? "",
            TargetBranch = pull.Str("base", "ref") ?? "",
            HeadSha = pull.Text("head", "sha"),
            Labels = pull.Names(["labels"], "name"),
            Merged = merged,
            Url = pull.Text("html_url"),
            Author = User(pull.At("user")),
        };
    }

    private static Issue Issue(JsonElement root)
    {
        var issue = root.At("issue") ?? default;
        string action = root.Str("action") ?? "";
        return new Issue
        {
            Number = issue.Long("number") ?? root.Long("number") ?? 0,
            RawAction = action,
            Action = action switch
            {
                "opened" => IssueAction.Opened,
                "edited" => IssueAction.Updated,
                "closed" => IssueAction.Closed,
                "reopened" => IssueAction.Reopened,
                "label_updated" or "label_cleared" => IssueAction.Labeled,
                _ => IssueAction.Other,
            },
            Title = issue.Str("title") ?? "",
            State = issue.Str("state") ?? "",
            Labels = issue.Names(["labels"], "name"),
            UpdatedAt = issue.Time("updated_at"),
            Url = issue.Text("html_url"),
            Author = User(issue.At("user")),
        };
    }

    private static Comment Comment(JsonElement root, string? eventType)
    {
        var comment = root.At("comment") ?? default;
        bool onPull = root.Bool("is_pull") || root.Has("issue", "pull_request") || eventType == "pull_request_comment";
        return new Comment
        {
            Id = comment.Str("id") ?? "",
            Body = comment.Str("body") ?? "",
            Author = User(comment.At("user")),
            Target = onPull ? CommentTarget.PullRequest : CommentTarget.Issue,
            TargetNumber = root.Long("issue", "number"),
            RawAction = root.Text("action"),
            Url = comment.Text("html_url"),
        };
    }
}
