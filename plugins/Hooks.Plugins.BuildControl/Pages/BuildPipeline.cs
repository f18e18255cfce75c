using Hooks.Plugins.BuildControl.Storage;

namespace Hooks.Plugins.BuildControl.Pages;

/// <summary>What happened to a build after its tasks: its test tasks, sign tasks and the release it went to.</summary>
internal sealed record BuildPipeline(IReadOnlyList<TestTaskRecord> Tests, IReadOnlyList<SignTaskRecord> SignTasks, ReleaseRecord? Release);
