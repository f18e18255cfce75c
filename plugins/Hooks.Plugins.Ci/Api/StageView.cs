using Hooks.Plugins.Ci.Storage;

namespace Hooks.Plugins.Ci.Api;

/// <summary>A stage row: <c>status</c> 0 PASS, 1 FAIL, 2 SKIP; <c>stageDuration</c> in milliseconds.</summary>
public sealed record StageView(string Stage, int Status, string Error, IReadOnlyList<string> Messages, DateTimeOffset StartTime, double StageDuration)
{
    public static StageView Of(CiStage stage) => new(stage.Stage, stage.Status, stage.Error, stage.Messages, stage.StartTime, stage.StageDuration);
}
