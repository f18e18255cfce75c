namespace Hooks.Plugins.Dashboard.Ingest;

/// <summary>What is known of a job, from a webhook or the API, in the plugin's terms.</summary>
public sealed record JobFacts(
    string Source,
    string ProjectPath,
    long Id,
    long PipelineId,
    string Name,
    string? Stage,
    string Status,
    bool AllowFailure,
    string? FailureReason,
    long? RunnerId,
    string? RunnerDescription,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? WebUrl)
{
    /// <summary>A GitLab job's page, for hooks and API objects that carry none.</summary>
    public static string GitLabPage(string projectWebUrl, long jobId) => $"{projectWebUrl.TrimEnd('/')}/-/jobs/{jobId}";
}
