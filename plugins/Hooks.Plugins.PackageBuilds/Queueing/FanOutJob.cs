using Hangfire;
using Hooks.Plugins.PackageBuilds.Storage;

namespace Hooks.Plugins.PackageBuilds.Queueing;

/// <summary>A bootstrap push, in a job: asking every remote for its default branch takes longer than a handler should.</summary>
public sealed class FanOutJob(BuildRequests requests)
{
    [JobDisplayName("Rebuild every repository beside bootstrap {0}")]
    public Task RunAsync(string bootstrapCommit, DateTimeOffset pushedAt, Requester requester, CancellationToken cancellationToken) =>
        requests.FanOutAsync(BuildTrigger.Bootstrap, bootstrapCommit, pushedAt, requester, cancellationToken);
}
