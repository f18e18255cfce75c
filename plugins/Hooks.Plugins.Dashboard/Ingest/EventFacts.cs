using Hooks.Contracts.Events;

namespace Hooks.Plugins.Dashboard.Ingest;

/// <summary>Facts from normalised events. A job's page, where the event has none, is <c>&lt;project web_url&gt;/-/jobs/&lt;id&gt;</c>.</summary>
public static class EventFacts
{
    public static PipelineFacts Of(Pipeline pipeline, RepositoryRef repository) => new(
        pipeline.Source,
        repository.FullName,
        pipeline.Id,
        pipeline.Status,
        pipeline.Ref,
        pipeline.Sha,
        pipeline.PipelineSource,
        pipeline.Sender?.Login,
        pipeline.CreatedAt ?? pipeline.ReceivedAt,
        pipeline.FinishedAt,
        pipeline.Url);

    public static JobFacts Of(PipelineJob job, Pipeline pipeline, RepositoryRef repository) => new(
        pipeline.Source,
        repository.FullName,
        job.Id,
        pipeline.Id,
        job.Name,
        job.Stage,
        job.Status,
        job.AllowFailure,
        job.FailureReason,
        job.Runner?.Id,
        job.Runner?.Description,
        job.StartedAt,
        job.FinishedAt,
        JobUrl(repository, job.Id, pipeline.Forge));

    public static JobFacts Of(Job job, RepositoryRef repository) => new(
        job.Source,
        repository.FullName,
        job.Id,
        job.PipelineId ?? 0,
        job.Name,
        job.Stage,
        job.Status,
        job.AllowFailure,
        job.FailureReason,
        job.Runner?.Id,
        job.Runner?.Description,
        job.StartedAt,
        job.FinishedAt,
        job.Url ?? JobUrl(repository, job.Id, job.Forge));

    private static string? JobUrl(RepositoryRef repository, long id, Forge forge) =>
        forge == Forge.GitLab && repository.WebUrl is { } web ? JobFacts.GitLabPage(web, id) : null;
}
