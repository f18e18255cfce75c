using System.Text.Json.Nodes;

namespace Hooks.Plugins.BuildControl.TestTasks;

/// <summary>A test task as the ALTS scheduler reads it from <c>get_test_tasks</c>.</summary>
public sealed record TestTaskPayload(
    int BsTaskId,
    string RunnerType,
    string DistName,
    string? DistVersion,
    string DistArch,
    string PackageName,
    string PackageVersion,
    string CallbackHref,
    IReadOnlyList<TestRepository> Repositories,
    string? ModuleName,
    string? ModuleStream,
    string? ModuleVersion,
    JsonObject TestConfiguration);
