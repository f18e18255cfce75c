using Hooks.Plugins.Ci.Storage;

namespace Hooks.Plugins.Ci.Building;

/// <summary>Writes a build's stage rows in order, after its <c>pre-build-validation</c> row.</summary>
public sealed class StageRows(CiDb db, long buildId, TimeProvider time)
{
    private int _index = 1;

    public static string Completed(string stage) => $"completed {stage} stage ✓";

    public static string NotCompleted(string stage) => $"failed to complete {stage} stage ✗";

    public Task PassAsync(string stage, DateTimeOffset start, params string[] messages) =>
        AddAsync(stage, CiStage.Pass, "", [Completed(stage), .. messages], start);

    public Task FailAsync(string stage, DateTimeOffset start, string error) =>
        AddAsync(stage, CiStage.Fail, error, [NotCompleted(stage)], start);

    public Task SkipAsync(string stage, string? error = null) =>
        AddAsync(stage, CiStage.Skip, error ?? "", [Triggers.StageGate.Skipping], time.GetUtcNow(), zero: true);

    private async Task AddAsync(string stage, int status, string error, List<string> messages, DateTimeOffset start, bool zero = false)
    {
        db.Stages.Add(new CiStage
        {
            Id = Guid.NewGuid(),
            BuildId = buildId,
            Index = _index++,
            Stage = stage,
            Status = status,
            Error = error,
            Messages = messages,
            StartTime = start,
            StageDuration = zero ? 0 : (time.GetUtcNow() - start).TotalMilliseconds,
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
