namespace Hooks.Plugins.Dashboard.Ingest;

/// <summary>What is known of a pipeline, from a webhook or the API, in the plugin's terms.</summary>
public sealed record PipelineFacts(
    string Source,
    string ProjectPath,
    long Id,
    string Status,
    string? Ref,
    string? Sha,
    string? Trigger,
    string? User,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? FinishedAt,
    string? WebUrl);
