using System.Text.Json;
using Hooks.Plugins.Dashboard.Jobs;
using Hooks.Plugins.Dashboard.Patterns;

namespace Hooks.Plugins.Dashboard.Storage;

/// <summary>Reads the JSON columns back.</summary>
public static class StoredJson
{
    public static IReadOnlyList<FoundError> Errors(StoredJob job) =>
        job.Errors is null ? [] : JsonSerializer.Deserialize<List<FoundError>>(job.Errors, FetchLogJob.Json) ?? [];

    public static IReadOnlyList<Dependency>? Dependencies(StoredJob job) =>
        job.Dependencies is null ? null : JsonSerializer.Deserialize<List<Dependency>>(job.Dependencies, FetchLogJob.Json);

    public static IReadOnlyList<LabelledIssue> Issues(StoredProject? project) =>
        project?.Issues is null ? [] : JsonSerializer.Deserialize<List<LabelledIssue>>(project.Issues, FetchLogJob.Json) ?? [];
}
