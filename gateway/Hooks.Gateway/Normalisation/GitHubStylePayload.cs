using System.Text.Json;
using Hooks.Contracts.Events;

namespace Hooks.Gateway.Normalisation;

/// <summary>
/// What Gitea and Forgejo send as GitHub does: the repository, the release, Actions' workflow runs (pipelines; Gitea has
/// <c>started_at</c>/<c>completed_at</c> where GitHub has <c>created_at</c>/<c>updated_at</c>) and workflow jobs (jobs).
/// </summary>
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

    public static Pipeline Pipeline(JsonElement root)
    {
        var run = root.At("workflow_run") ?? default;
        return new Pipeline
        {
            Id = run.Long("id") ?? 0,
            Status = run.Text("conclusion") ?? run.Str("status") ?? "",
            Ref = run.Text("head_branch"),
            Sha = run.Text("head_sha"),
            Url = run.Text("html_url"),
            CreatedAt = run.Time("created_at") ?? run.Time("started_at"),
            FinishedAt = run.Text("conclusion") is null ? null : run.Time("completed_at") ?? run.Time("updated_at"),
            PipelineSource = run.Text("event"),
        };
    }

    public static Job Job(JsonElement root)
    {
        var job = root.At("workflow_job") ?? default;
        return new Job
        {
            Id = job.Long("id") ?? 0,
            Name = job.Str("name") ?? "",
            Stage = job.Text("workflow_name"),
            Status = job.Text("conclusion") ?? job.Str("status") ?? "",
            PipelineId = job.Long("run_id"),
            Ref = job.Text("head_branch"),
            Sha = job.Text("head_sha"),
            FailureReason = job.Items("steps").FirstOrDefault(step => step.Str("conclusion") == "failure") is { ValueKind: JsonValueKind.Object } step
                ? $"step '{step.Str("name")}' failed"
                : null,
            Url = job.Text("html_url"),
            Runner = job.Long("runner_id") is { } runner ? new CiRunner(runner, job.Text("runner_name")) : null,
            StartedAt = job.Time("started_at"),
            FinishedAt = job.Time("completed_at"),
        };
    }
}
