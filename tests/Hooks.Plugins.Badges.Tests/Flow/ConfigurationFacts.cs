using Hangfire;
using Hangfire.Storage;
using Hooks.Plugins.Badges.Tests.Support;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Plugins.Badges.Tests.Flow;

/// <summary>Configuration mistakes are reported where people look, and never stop the gateway.</summary>
public sealed class ConfigurationFacts : IDisposable
{
    private readonly BadgesGateway _gateway = new();

    public ConfigurationFacts() => Facility.Stock(_gateway.GitLab);

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task Without_a_public_url_statuses_are_kept_but_no_badge_is_written_and_the_page_says_why()
    {
        _gateway.Settings.Remove("Hooks:Plugins:badges:PublicUrl");

        _gateway.TriggerReconcile();

        string page = await Eventually.Get(
            () => _gateway.CreateClient().GetStringAsync($"/plugins/badges/{_gateway.ProjectSlug}"), p => p.Contains("The last refresh failed"), "the reason on the page");
        Assert.Contains("set Hooks:Plugins:badges:PublicUrl", page);
        Assert.Contains("<tr data-device=\"Krios\" data-status=\"down\">", page);
        Assert.Equal(2, _gateway.GitLab.BadgesNow().Length);
    }

    [Fact]
    public async Task An_unreadable_reconcile_cron_leaves_the_reconcile_off_and_the_gateway_up()
    {
        _gateway.Settings["Hooks:Plugins:badges:ReconcileCron"] = "every fifteen minutes";

        using var health = await _gateway.CreateClient().GetAsync("/healthz");

        health.EnsureSuccessStatusCode();
        using var connection = _gateway.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.DoesNotContain(connection.GetRecurringJobs(), job => job.Id == "badges-reconcile");
    }
}
