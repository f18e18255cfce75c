using Hooks.Plugins.Dashboard.Patterns;

namespace Hooks.Plugins.Dashboard.View;

/// <summary><c>GET /plugins/dashboard/api/jobs/{id}</c>: everything the page's job details show.</summary>
public sealed record JobDetailsView(
    long Id,
    string Source,
    string Project,
    string Name,
    string? Stage,
    string Status,
    bool AllowFailure,
    string? FailureReason,
    string? Url,
    long? RunnerId,
    string? Runner,
    DateOnly? Day,
    long PipelineId,
    string? PipelineUrl,
    string Log,
    IReadOnlyList<FoundError> Errors,
    IReadOnlyList<FoundError> Shown,
    IReadOnlyList<Dependency>? Dependencies,
    PreviousJobView? Previous,
    IReadOnlyList<DependencyChange>? DependencyChanges,
    IReadOnlyList<string> Problems,
    string? NewIssueUrl);

/// <summary>The same-named job of the night before.</summary>
public sealed record PreviousJobView(long Id, string Status, DateOnly? Day, string? Url);
