using Hangfire;

namespace Hooks.Plugins.BuildControl.Releases;

/// <summary>Puts a release's job on the plugin's queue.</summary>
public sealed class ReleaseJobs(IBackgroundJobClient jobs)
{
    public string Enqueue(int releaseId) => jobs.Enqueue<ReleaseJob>(BuildControlPlugin.Queue, job => job.RunAsync(releaseId, CancellationToken.None));
}
