namespace Hooks.Contracts.Events;

/// <summary>A CI pipeline (GitHub: workflow run) changed status.</summary>
public sealed record Pipeline : HookEvent
{
    /// <summary>The forge's id of the pipeline.</summary>
    public required long Id { get; init; }

    /// <summary>The status in the forge's words, lower case (<c>success</c>, <c>failed</c>, <c>running</c>, ...).</summary>
    public required string Status { get; init; }

    /// <summary>The branch or tag the pipeline ran for.</summary>
    public string? Ref { get; init; }

    /// <summary>The commit the pipeline ran for.</summary>
    public string? Sha { get; init; }

    /// <summary>The pipeline's page.</summary>
    public string? Url { get; init; }

    /// <summary>The jobs, where the forge lists them.</summary>
    public IReadOnlyList<PipelineJob> Jobs { get; init; } = [];

    /// <summary>When the pipeline was created, where given.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the pipeline finished, where given.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>What started it, in the forge's words (GitLab <c>source</c>: <c>push</c>, <c>schedule</c>, <c>web</c>, ...; GitHub <c>event</c>). Contracts 2.1.</summary>
    public string? PipelineSource { get; init; }
}
