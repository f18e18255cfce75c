using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Gateway.Tests.Dispatch;

/// <summary>The embedded mode keeps jobs in memory: what was accepted but not finished is picked up after a restart.</summary>
public sealed class EmbeddedRestartFacts : IDisposable
{
    private static readonly WebhookFixture GitHubPush = WebhookFixture.Get("github", "push-branch.json");
    private readonly TempDirectory _data = new("hooks-restart");

    [Fact]
    public async Task Delivery_stored_by_a_receiver_only_gateway_is_dispatched_once_per_plugin_after_a_restart()
    {
        string id;
        using (var receiver = new PluginGatewayFactory { DataDirectory = _data.Path })
        {
            receiver.Settings["Hooks:Roles"] = "receiver";
            id = await RecorderReads.Post(receiver, GitHubPush);
            Assert.Empty(await receiver.Services.GetRequiredService<IInboxStore>().OutcomesAsync(Guid.Parse(id), default));
        }

        using var restarted = new PluginGatewayFactory { DataDirectory = _data.Path };
        restarted.Settings["Hooks:Plugins:flaky:FailuresBeforeSuccess"] = "0";
        var store = restarted.Services.GetRequiredService<IInboxStore>();
        var outcomes = await Eventually.Get(() => store.OutcomesAsync(Guid.Parse(id), default), o => o.Count == 2 && o.All(x => x.Status == OutcomeStatus.Succeeded), "both plugins after the restart");

        Assert.All(outcomes, o => Assert.Equal(1, o.Attempts));
        Assert.Single(await RecorderReads.ReceivedFor(restarted.CreateClient(), id));
    }

    [Fact]
    public async Task Job_still_retrying_when_the_gateway_stopped_runs_again_after_the_restart()
    {
        string id;
        using (var first = new PluginGatewayFactory { DataDirectory = _data.Path })
        {
            first.Settings["Hooks:Plugins:flaky:FailuresBeforeSuccess"] = "1000";
            id = await RecorderReads.Post(first, GitHubPush);
            var store = first.Services.GetRequiredService<IInboxStore>();
            await Eventually.Get(
                () => store.OutcomesAsync(Guid.Parse(id), default),
                o => o.Any(x => x.Plugin == "flaky" && x.Status == OutcomeStatus.Retrying) && o.Any(x => x.Plugin == "recorder" && x.Status == OutcomeStatus.Succeeded),
                "the flaky plugin's first failure and the recorder's success");
        }

        using var restarted = new PluginGatewayFactory { DataDirectory = _data.Path };
        restarted.Settings["Hooks:Plugins:flaky:FailuresBeforeSuccess"] = "0";
        var outcomes = await Eventually.Get(
            () => restarted.Services.GetRequiredService<IInboxStore>().OutcomesAsync(Guid.Parse(id), default),
            o => o.Any(x => x.Plugin == "flaky" && x.Status == OutcomeStatus.Succeeded),
            "the flaky plugin to succeed after the restart");

        Assert.Equal(1, outcomes.Single(o => o.Plugin == "recorder").Attempts);
        Assert.Single(await RecorderReads.ReceivedFor(restarted.CreateClient(), id));
    }

    [Fact]
    public async Task Plugin_disabled_in_configuration_is_listed_as_disabled_and_gets_nothing()
    {
        using var gateway = new PluginGatewayFactory { DataDirectory = _data.Path };
        gateway.Settings["Hooks:Plugins:flaky:Enabled"] = "false";

        string id = await RecorderReads.Post(gateway, GitHubPush);
        var store = gateway.Services.GetRequiredService<IInboxStore>();
        var outcomes = await Eventually.Get(() => store.OutcomesAsync(Guid.Parse(id), default), o => o.Any(x => x.Status == OutcomeStatus.Succeeded), "the recorder");

        Assert.Equal(["recorder"], outcomes.Select(o => o.Plugin));
        var plugins = await gateway.CreateAdminClient().GetFromJsonAsync<JsonElement[]>("/api/plugins");
        Assert.Equal("disabled", plugins!.Single(p => p.GetProperty("id").GetString() == "flaky").GetProperty("state").GetString());
    }

    public void Dispose() => _data.Dispose();
}
