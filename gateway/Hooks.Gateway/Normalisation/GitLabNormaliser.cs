using System.Text.Json;
using Hooks.Contracts.Events;
using static Hooks.Gateway.Normalisation.JsonPath;

namespace Hooks.Gateway.Normalisation;

/// <summary>
/// GitLab (X-Gitlab-Event). Numbers are iids, never global ids. An <c>update</c> of a merge request means new
/// commits when <c>oldrev</c> is present, a label change when <c>changes.labels</c> is. Job hooks have no
/// <c>project</c>: the repository comes from <c>repository.homepage</c>.
/// </summary>
internal sealed class GitLabNormaliser : IForgeNormaliser
{
    public IEnumerable<HookEvent> Events(ForgePayload payload)
    {
        var root = payload.Root;
        HookEvent single = payload.EventName switch
        {
            "Push Hook" or "System Hook" when root.Str("object_kind") == "push" => Push(root),
            "Tag Push Hook" or "System Hook" when root.Str("object_kind") == "tag_push" => TagPush(root),
            "Merge Request Hook" => MergeRequest(root),
            "Issue Hook" or "Confidential Issue Hook" => Issue(root),
            "Note Hook" or "Confidential Note Hook" => Note(root),
            "Pipeline Hook" => Pipeline(root),
            "Job Hook" => Job(root),
            "Release Hook" => Release(root),
            _ => new Other(),
        };
        return [single];
    }

    public RepositoryRef? Repository(ForgePayload payload)
    {
        var root = payload.Root;
        if (root.At("project") is { } project)
        {
            return new RepositoryRef(
                project.Str("id") ?? root.Str("project_id") ?? "",
                project.Str("path_with_namespace") ?? "",
                project.Text("web_url"),
                project.Text("git_http_url") ?? project.Text("http_url"),
                project.Text("default_branch"));
        }

        if (root.At("repository") is { } repository && repository.Text("homepage") is { } homepage
            && Uri.TryCreate(homepage, UriKind.Absolute, out var home))
        {
            return new RepositoryRef(
                root.Str("project_id") ?? "",
                home.AbsolutePath.Trim('/'),
                homepage,
                repository.Text("git_http_url"),
                null);
        }

        return null;
    }

    public Actor? Sender(ForgePayload payload)
    {
        var root = payload.Root;
        if (root.Text("user_username") is { } username)
        {
            return new Actor(username, root.Text("user_name"), root.Text("user_email"));
        }

        return root.At("user") is { } user && user.Text("username") is { } login
            ? new Actor(login, user.Text("name"), user.Text("email"))
            : null;
    }

    private static Push Push(JsonElement root)
    {
        string reference = root.Str("ref") ?? "";
        string before = root.Str("before") ?? ZeroSha;
        string after = root.Str("after") ?? ZeroSha;
        string? web = root.Text("project", "web_url");
        return new Push
        {
            Ref = reference,
            Branch = WithoutPrefix(reference, "refs/heads/"),
            Before = before,
            After = after,
            Created = before == ZeroSha,
            Deleted = after == ZeroSha,
            CompareUrl = web is not null && before != ZeroSha && after != ZeroSha ? $"{web}/-/compare/{before}...{after}" : null,
            Commits = [.. root.Items("commits").Select(GitHubNormaliser.CommitOf)],
        };
    }

    private static TagPush TagPush(JsonElement root)
    {
        string reference = root.Str("ref") ?? "";
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

    private static PullRequest MergeRequest(JsonElement root)
    {
        var attributes = root.At("object_attributes") ?? default;
        string action = attributes.Str("action") ?? "";
        string? state = attributes.Text("state");
        return new PullRequest
        {
            Number = attributes.Long("iid") ?? 0,
            RawAction = action,
            Action = action switch
            {
                "open" => PullRequestAction.Opened,
                "update" when attributes.Has("oldrev") => PullRequestAction.Updated,
                "update" when root.Has("changes", "labels") => PullRequestAction.Labeled,
                "update" => PullRequestAction.Edited,
                "merge" => PullRequestAction.Merged,
                "close" => PullRequestAction.Closed,
                "reopen" => PullRequestAction.Reopened,
                "approved" or "approval" => PullRequestAction.Approved,
                _ => PullRequestAction.Other,
            },
            Title = attributes.Str("title") ?? "",
            State = state,
            SourceBranch = attributes.Str("source_branch") ?? "",
            TargetBranch = attributes.Str("target_branch") ?? "",
            HeadSha = attributes.Text("last_commit", "id"),
            Labels = Labels(root),
            Merged = state == "merged",
            Url = attributes.Text("url"),
        };
    }

    private static Issue Issue(JsonElement root)
    {
        var attributes = root.At("object_attributes") ?? default;
        string action = attributes.Str("action") ?? "";
        bool labelsChanged = root.Has("changes", "labels");
        return new Issue
        {
            Number = attributes.Long("iid") ?? 0,
            RawAction = action,
            Action = action switch
            {
                "open" => IssueAction.Opened,
                "close" => IssueAction.Closed,
                "reopen" => IssueAction.Reopened,
                "update" when labelsChanged => IssueAction.Labeled,
                "update" => IssueAction.Updated,
                _ => IssueAction.Other,
            },
            Title = attributes.Str("title") ?? "",
            State = attributes.Str("state") == "opened" ? "open" : attributes.Str("state") ?? "",
            Labels = Labels(root),
            PreviousLabels = labelsChanged ? root.Names(["changes", "labels", "previous"], "title") : null,
            UpdatedAt = attributes.Time("updated_at"),
            Url = attributes.Text("url"),
        };
    }

    private static IReadOnlyList<string> Labels(JsonElement root) => root.Has("labels")
        ? root.Names(["labels"], "title")
        : root.Names(["object_attributes", "labels"], "title");

    private static Comment Note(JsonElement root)
    {
        var attributes = root.At("object_attributes") ?? default;
        var (target, number) = attributes.Str("noteable_type") switch
        {
            "Issue" => (CommentTarget.Issue, root.Long("issue", "iid")),
            "MergeRequest" => (CommentTarget.PullRequest, root.Long("merge_request", "iid")),
            "Commit" => (CommentTarget.Commit, (long?)null),
            _ => (CommentTarget.Other, (long?)null),
        };
        return new Comment
        {
            Id = attributes.Str("id") ?? "",
            Body = attributes.Str("note") ?? "",
            Author = root.At("user") is { } user && user.Text("username") is { } login ? new Actor(login, user.Text("name")) : null,
            Target = target,
            TargetNumber = number,
            RawAction = attributes.Text("action"),
            Url = attributes.Text("url"),
        };
    }

    private static Pipeline Pipeline(JsonElement root)
    {
        var attributes = root.At("object_attributes") ?? default;
        long id = attributes.Long("id") ?? 0;
        string? web = root.Text("project", "web_url");
        return new Pipeline
        {
            Id = id,
            Status = attributes.Str("status") ?? "",
            Ref = attributes.Text("ref"),
            Sha = attributes.Text("sha"),
            Url = attributes.Text("url") ?? (web is null ? null : $"{web}/-/pipelines/{id}"),
            Jobs = [.. root.Items("builds").Select(build => new PipelineJob(
                build.Long("id") ?? 0, build.Str("name") ?? "", build.Text("stage"), build.Str("status") ?? "")
            {
                AllowFailure = build.Bool("allow_failure"),
                FailureReason = build.Text("failure_reason"),
                Runner = RunnerOf(build),
                StartedAt = build.Time("started_at"),
                FinishedAt = build.Time("finished_at"),
            })],
            CreatedAt = attributes.Time("created_at"),
            FinishedAt = attributes.Time("finished_at"),
            PipelineSource = attributes.Text("source"),
        };
    }

    private static Job Job(JsonElement root)
    {
        string? homepage = root.Text("repository", "homepage");
        long? id = root.Long("build_id");
        return new Job
        {
            Id = id ?? 0,
            Name = root.Str("build_name") ?? "",
            Stage = root.Text("build_stage"),
            Status = root.Str("build_status") ?? "",
            PipelineId = root.Long("pipeline_id"),
            Ref = root.Text("ref"),
            Sha = root.Text("sha"),
            FailureReason = root.Text("build_failure_reason"),
            Url = homepage is null ? null : $"{homepage}/-/jobs/{id}",
            AllowFailure = root.Bool("build_allow_failure"),
            Runner = RunnerOf(root),
            StartedAt = root.Time("build_started_at"),
            FinishedAt = root.Time("build_finished_at"),
        };
    }

    /// <summary>A job's <c>runner</c> object (null until a runner picks the job up).</summary>
    private static CiRunner? RunnerOf(JsonElement job) =>
        job.At("runner") is { ValueKind: JsonValueKind.Object } runner ? new CiRunner(runner.Long("id"), runner.Text("description")) : null;

    private static Release Release(JsonElement root) => new()
    {
        Tag = root.Str("tag") ?? "",
        Name = root.Text("name"),
        Action = root.Str("action") ?? "",
        Url = root.Text("url"),
    };
}
