using System.Text.Json;
using Hooks.Contracts.Events;
using static Hooks.Gateway.Normalisation.JsonPath;

namespace Hooks.Gateway.Normalisation;

/// <summary>
/// GitHub (X-GitHub-Event). A push to <c>refs/tags/</c> is a tag push; <c>create</c> and <c>delete</c> repeat what
/// the push already said, so they stay <see cref="Other"/>. Workflow runs are pipelines, workflow jobs are jobs.
/// </summary>
internal sealed class GitHubNormaliser : IForgeNormaliser
{
    public IEnumerable<HookEvent> Events(ForgePayload payload)
    {
        var root = payload.Root;
        HookEvent single = payload.EventName switch
        {
            "push" when root.Str("ref") is { } reference && reference.StartsWith("refs/tags/", StringComparison.Ordinal) => TagPush(root, reference),
            "push" => Push(root),
            "pull_request" => PullRequest(root),
            "issues" => Issue(root),
            "issue_comment" => Comment(root),
            "workflow_run" => GitHubStylePayload.Pipeline(root),
            "workflow_job" => GitHubStylePayload.Job(root),
            "release" => GitHubStylePayload.Release(root),
            "ping" => new Ping { HookId = root.Str("hook_id") },
            _ => new Other(),
        };
        return [single];
    }

    public RepositoryRef? Repository(ForgePayload payload) => GitHubStylePayload.Repository(payload.Root);

    public Actor? Sender(ForgePayload payload) => User(payload.Root.At("sender"));

    private static Actor? User(JsonElement? user) =>
        user?.Text("login") is { } login ? new Actor(login, user.Value.Text("name"), user.Value.Text("email")) : null;

    private static Push Push(JsonElement root)
    {
        string reference = root.Str("ref") ?? "";
        return new Push
        {
            Ref = reference,
            Branch = WithoutPrefix(reference, "refs/heads/"),
            Before = root.Str("before") ?? ZeroSha,
            After = root.Str("after") ?? ZeroSha,
            Created = root.Bool("created"),
            Deleted = root.Bool("deleted"),
            CompareUrl = root.Text("compare"),
            Commits = [.. root.Items("commits").Select(CommitOf)],
        };
    }

    private static TagPush TagPush(JsonElement root, string reference) => new()
    {
        Ref = reference,
        Tag = WithoutPrefix(reference, "refs/tags/"),
        Before = root.Str("before") ?? ZeroSha,
        After = root.Str("after") ?? ZeroSha,
        Created = root.Bool("created"),
        Deleted = root.Bool("deleted"),
    };

    internal static Commit CommitOf(JsonElement commit) => new(
        commit.Str("id") ?? "",
        commit.Str("message") ?? "",
        commit.At("author") is { } author
            ? new Actor(author.Text("username") ?? author.Str("name") ?? "", author.Text("name"), author.Text("email"))
            : null,
        commit.Time("timestamp"),
        commit.Text("url"),
        commit.Strings("added"),
        commit.Strings("modified"),
        commit.Strings("removed"));

    private static PullRequest PullRequest(JsonElement root)
    {
        var pull = root.At("pull_request") ?? default;
        string action = root.Str("action") ?? "";
        bool merged = pull.Bool("merged");
        return new PullRequest
        {
            Number = root.Long("number") ?? pull.Long("number") ?? 0,
            RawAction = action,
            Action = action switch
            {
                "opened" => PullRequestAction.Opened,
                "synchronize" => PullRequestAction.Updated,
                "edited" => PullRequestAction.Edited,
                "closed" => merged ? PullRequestAction.Merged : PullRequestAction.Closed,
                "reopened" => PullRequestAction.Reopened,
                "labeled" or "unlabeled" => PullRequestAction.Labeled,
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

    /// <summary>GitHub names the one label added or removed; the set before is derived from it.</summary>
    private static Issue Issue(JsonElement root)
    {
        var issue = root.At("issue") ?? default;
        string action = root.Str("action") ?? "";
        var labels = issue.Names(["labels"], "name");
        string? changed = root.Text("label", "name");
        IReadOnlyList<string>? previous = (action, changed) switch
        {
            ("labeled", { } label) => [.. labels.Where(l => l != label)],
            ("unlabeled", { } label) => labels.Contains(label) ? labels : [.. labels, label],
            _ => null,
        };
        return new Issue
        {
            Number = issue.Long("number") ?? 0,
            RawAction = action,
            Action = action switch
            {
                "opened" => IssueAction.Opened,
                "edited" => IssueAction.Updated,
                "closed" => IssueAction.Closed,
                "reopened" => IssueAction.Reopened,
                "labeled" or "unlabeled" => IssueAction.Labeled,
                _ => IssueAction.Other,
            },
            Title = issue.Str("title") ?? "",
            State = issue.Str("state") ?? "",
            Labels = labels,
            PreviousLabels = previous,
            UpdatedAt = issue.Time("updated_at"),
            Url = issue.Text("html_url"),
            Author = User(issue.At("user")),
        };
    }

    private static Comment Comment(JsonElement root)
    {
        var comment = root.At("comment") ?? default;
        return new Comment
        {
            Id = comment.Str("id") ?? "",
            Body = comment.Str("body") ?? "",
            Author = User(comment.At("user")),
            Target = root.Has("issue", "pull_request") ? CommentTarget.PullRequest : CommentTarget.Issue,
            TargetNumber = root.Long("issue", "number"),
            RawAction = root.Text("action"),
            Url = comment.Text("html_url"),
        };
    }
}
