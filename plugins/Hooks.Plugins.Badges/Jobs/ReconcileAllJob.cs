using Hangfire;
using Hooks.Plugins.Badges.Projects;

namespace Hooks.Plugins.Badges.Jobs;

/// <summary>The recurring safety net: asks for a refresh of every configured project, so a missed webhook heals.</summary>
public sealed class ReconcileAllJob(ProjectDirectory projects, RefreshRequests requests)
{
    public const string RecurringId = "badges-reconcile";

    [JobDisplayName("Reconcile every badges project")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var project in projects.All)
        {
            await requests.RequestAsync(project.Key, cancellationToken);
        }
    }
}
