using Hangfire;
using Hangfire.Storage;
using Hooks.Plugins.Badges.Tests.Support;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Plugins.Badges.Tests.Flow;

/// <summary>Configuration mistakes are reported where people look, and never stop the gateway.</summary>
public sealed class ConfigurationFacts : FacilityFacts
{
    [Fact]
    public async Task Without_a_public_url_statuses_are_kept_but_no_badge_is_written_and_the_page_says_why()
    {
        Gateway.Settings.Remove("Hooks:Plugins:badges:PublicUrl");

        Gateway.TriggerReconcile();

        string page = await Eventually.Get(
            () => Gateway.CreateClient().GetStringAsync($"/plugins/badges/{Gateway.ProjectSlug}"), p => p.Contains("The last refresh failed"), "the reason on the page");
        Assert.Contains("set Hooks:Plugins:badges:PublicUrl", page);
        Assert.Contains("<tr data-device=\"Krios\" data-status=\"down\">", page);
        Assert.Equal(2, Gateway.GitLab.BadgesNow().Length);
    }

    [Fact]
    public async Task An_unreadable_reconcile_cron_leaves_the_reconcile_off_and_the_gateway_up()
    {
        Gateway.Settings["Hooks:Plugins:badges:ReconcileCron"] = "every fifteen minutes";

        using var health = await Gateway.CreateClient().GetAsync("/healthz");

        health.EnsureSuccessStatusCode();
        using var connection = Gateway.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.DoesNotContain(connection.GetRecurringJobs(), job => job.Id == "badges-reconcile");
    }
}
