using Hangfire;
using Hangfire.Storage;
using Hooks.Plugins.Badges.Badges;
using Hooks.Plugins.Badges.Tests.Support;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Plugins.Badges.Tests.Flow;

/// <summary>The recurring reconcile recomputes every project from the API, so what no webhook announced still shows.</summary>
public sealed class ReconcileFacts : FacilityFacts
{
    [Fact]
    public void Reconcile_is_a_recurring_job_on_the_plugins_queue_at_the_configured_cron()
    {
        Gateway.Settings.Remove("Hooks:Plugins:badges:ReconcileCron");

        using var connection = Gateway.Services.GetRequiredService<JobStorage>().GetConnection();

        var reconcile = Assert.Single(connection.GetRecurringJobs(), job => job.Id == "badges-reconcile");

        Assert.Equal("*/15 * * * *", reconcile.Cron);
        Assert.Equal("badges", reconcile.Job.Queue);
    }

    [Fact]
    public async Task Reconcile_heals_a_label_added_without_any_webhook()
    {
        Gateway.TriggerReconcile();
        await Eventually.Get(() => Task.FromResult(Owned()), names => names.Count == 4, "the first reconcile's badges");

        Gateway.GitLab.Change(g => g.Labels.Add(new FakeLabel("D:Vitrobot", Facility.Red)));
        Gateway.TriggerReconcile();

        var names = await Eventually.Get(() => Task.FromResult(Owned()), names => names.Count == 5, "a badge for the new device");
        Assert.Equal(["D:Arctica", "D:Glacios", "D:Krios", "D:Vitrobot", "D:Talos"], names);
    }

    private List<string> Owned() =>
        [.. Gateway.GitLab.OwnedBadgesNow().Select(b => b.Name![OwnedBadges.NamePrefix.Length..])];
}
