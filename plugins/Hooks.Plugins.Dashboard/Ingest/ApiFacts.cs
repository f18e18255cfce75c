using Hooks.Contracts.Forges.GitLab;
using Hooks.Plugins.Dashboard.Storage;

namespace Hooks.Plugins.Dashboard.Ingest;

/// <summary>Facts from GitLab's API objects.</summary>
public static class ApiFacts
{
    public static JobFacts Of(GitLabJob job, StoredPipeline pipeline, GitLabProject project) => new(
        pipeline.Source,
        pipeline.ProjectPath,
        job.Id,
        pipeline.PipelineId,
        job.Name,
        job.Stage,
        job.Status,
        job.AllowFailure,
        job.FailureReason,
        job.Runner?.Id,
        job.Runner?.Description,
        job.StartedAt,
        job.FinishedAt,
        job.WebUrl ?? JobFacts.GitLabPage(project.WebUrl, job.Id));
}
