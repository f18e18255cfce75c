using System.Globalization;
using Hooks.Contracts.Events;

namespace Hooks.Gateway.Tests.Normalisation;

/// <summary>
/// Reads a normalised event's fields under the names the expectation tables use, formatted the same way. The published
/// corpus's table names a subset; the own corpus's table names every field read here.
/// </summary>
internal static class EventFields
{
    public static Dictionary<string, string> Of(HookEvent hookEvent)
    {
        var fields = new Dictionary<string, string>
        {
            ["repo_full_name"] = Text(hookEvent.Repository?.FullName),
            ["repo_web_url"] = Text(hookEvent.Repository?.WebUrl),
            ["repo_id"] = Text(hookEvent.Repository?.Id),
            ["repo_clone_url"] = Text(hookEvent.Repository?.CloneUrl),
            ["repo_default_branch"] = Text(hookEvent.Repository?.DefaultBranch),
            ["sender_login"] = Text(hookEvent.Sender?.Login),
            ["sender_display_name"] = Text(hookEvent.Sender?.Name),
        };
        switch (hookEvent)
        {
            case Push push:
                Add(fields, ("branch", push.Branch), ("ref", push.Ref), ("before", push.Before), ("after", push.After),
                    ("commits", Count(push.Commits.Count)), ("created", Flag(push.Created)), ("deleted", Flag(push.Deleted)),
                    ("compare_url", push.CompareUrl), ("commit_ids", string.Join(",", push.Commits.Select(c => c.Id))),
                    ("commit_authors", string.Join(",", push.Commits.Select(c => c.Author?.Login))),
                    ("commit_paths", string.Join(",", push.Commits.Select(Paths))));
                break;
            case TagPush tag:
                Add(fields, ("tag", tag.Tag), ("ref", tag.Ref), ("before", tag.Before), ("after", tag.After),
                    ("created", Flag(tag.Created)), ("deleted", Flag(tag.Deleted)));
                break;
            case PullRequest pull:
                Add(fields, ("number", Count(pull.Number)), ("action", pull.RawAction), ("norm", pull.Action.ToString()),
                    ("state", pull.State), ("source", pull.SourceBranch), ("target", pull.TargetBranch), ("head_sha", pull.HeadSha),
                    ("merged", Flag(pull.Merged)), ("labels", List(pull.Labels)), ("author", pull.Author?.Login), ("url", pull.Url),
                    ("title", pull.Title));
                break;
            case Issue issue:
                Add(fields, ("number", Count(issue.Number)), ("action", issue.RawAction), ("state", issue.State),
                    ("labels_now", List(issue.Labels)), ("labels_before", issue.PreviousLabels is null ? null : List(issue.PreviousLabels)),
                    ("updated_at", Time(issue.UpdatedAt)), ("url", issue.Url), ("author", issue.Author?.Login), ("title", issue.Title));
                break;
            case Comment comment:
                Add(fields, ("comment_id", comment.Id), ("target", Target(comment.Target)), ("target_number", comment.TargetNumber?.ToString(CultureInfo.InvariantCulture)),
                    ("body20", comment.Body.Length > 20 ? comment.Body[..20] : comment.Body), ("author", comment.Author?.Login),
                    ("comment_url", comment.Url), ("comment_action", comment.RawAction));
                break;
            case Pipeline pipeline:
                Add(fields, ("id", Count(pipeline.Id)), ("status", pipeline.Status), ("ref", pipeline.Ref), ("sha", pipeline.Sha),
                    ("jobs", pipeline.Jobs.Count == 0 ? null : Count(pipeline.Jobs.Count)), ("url", pipeline.Url),
                    ("created_at", Time(pipeline.CreatedAt)), ("finished_at", Time(pipeline.FinishedAt)),
                    ("pipeline_source", pipeline.PipelineSource),
                    ("job_details", pipeline.Jobs.Count == 0 ? null : string.Join(",", pipeline.Jobs.Select(JobDetails))));
                break;
            case Job job:
                Add(fields, ("id", Count(job.Id)), ("name", job.Name), ("stage", job.Stage), ("status", job.Status),
                    ("pipeline_id", job.PipelineId?.ToString(CultureInfo.InvariantCulture)), ("ref", job.Ref), ("sha", job.Sha),
                    ("failure_reason", job.FailureReason), ("url", job.Url), ("allow_failure", Flag(job.AllowFailure)),
                    ("runner", Runner(job.Runner)), ("started_at", Time(job.StartedAt)), ("finished_at", Time(job.FinishedAt)));
                break;
            case Release release:
                Add(fields, ("tag", release.Tag), ("name", release.Name), ("action", release.Action), ("url", release.Url));
                break;
            case Ping ping:
                Add(fields, ("hook_id", ping.HookId));
                break;
        }

        return fields;
    }

    private static void Add(Dictionary<string, string> fields, params (string Key, string? Value)[] values)
    {
        foreach (var (key, value) in values)
        {
            fields[key] = Text(value);
        }
    }

    private static string Text(string? value) => value switch
    {
        null => "-",
        "" => "\"\"",
        _ => value,
    };

    private static string Flag(bool value) => value ? "true" : "false";

    private static string? Time(DateTimeOffset? value) => value?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A commit's paths in brackets: <c>+added ~modified -removed</c>.</summary>
    private static string Paths(Commit commit) =>
        "[" + string.Join(" ", commit.Added.Select(p => "+" + p).Concat(commit.Modified.Select(p => "~" + p)).Concat(commit.Removed.Select(p => "-" + p))) + "]";

    /// <summary>A pipeline's job: <c>id status allow=.. reason=.. runner=id/description started=.. finished=..</c>.</summary>
    private static string JobDetails(PipelineJob job) =>
        $"{Count(job.Id)} {job.Status} allow={Flag(job.AllowFailure)} reason={Text(job.FailureReason)} runner={Text(Runner(job.Runner))} started={Text(Time(job.StartedAt))} finished={Text(Time(job.FinishedAt))}";

    private static string? Runner(CiRunner? runner) => runner is null ? null : $"{runner.Id}/{runner.Description}";

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "[]" : string.Join(",", values);

    private static string Target(CommentTarget target) => target switch
    {
        CommentTarget.Issue => "issue",
        CommentTarget.PullRequest => "pull_request",
        CommentTarget.Commit => "commit",
        _ => "other",
    };
}
