using Hangfire;
using Hangfire.States;

namespace Hooks.Gateway.Dispatch;

/// <summary>The Hangfire jobs that carry a pair's retries, on the plugin's own delivery queue, visible in the dashboard.</summary>
public sealed class RetryJobs(IBackgroundJobClient jobs)
{
    public string Schedule(Guid deliveryId, string pluginId, int attempt, TimeSpan delay, Exception failure) =>
        jobs.Create<PluginDeliveryJob>(
            DispatchQueues.For(pluginId),
            job => job.RunAsync(deliveryId, pluginId, null, CancellationToken.None),
            new ScheduledState(delay) { Reason = $"Retry after attempt {attempt}: {failure.Message}" });

    /// <summary>A pair whose only attempt failed for good: a failed job shows it, and requeuing that job runs it again.</summary>
    public string RecordFailed(Guid deliveryId, string pluginId, Exception failure) =>
        jobs.Create<PluginDeliveryJob>(
            DispatchQueues.For(pluginId),
            job => job.RunAsync(deliveryId, pluginId, null, CancellationToken.None),
            new FailedState(failure));

    public void Cancel(string jobId) => jobs.Delete(jobId);
}
