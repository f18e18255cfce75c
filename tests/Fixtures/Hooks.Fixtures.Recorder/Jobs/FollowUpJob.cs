using System.Diagnostics;
using Hooks.Fixtures.Recorder.Storage;

namespace Hooks.Fixtures.Recorder.Jobs;

/// <summary>A Hangfire job whose type lives in the plugin: it runs only if the gateway resolves plugin types.</summary>
public sealed class FollowUpJob(RecorderDb db, RecorderSettings settings)
{
    public async Task RunAsync(string deliveryId, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(settings.FollowUpStallSeconds), cancellationToken);
        db.FollowUps.Add(new FollowUp
        {
            DeliveryId = deliveryId,
            ProcessId = Environment.ProcessId,
            Host = Environment.GetEnvironmentVariable("HOOKS_NODE") ?? Environment.MachineName,
            TraceId = Activity.Current?.TraceId.ToString(),
            RanAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
