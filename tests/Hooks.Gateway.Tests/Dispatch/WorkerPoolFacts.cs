using Hangfire;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Gateway.Tests.Dispatch;

/// <summary>Plugin queues have Hangfire workers of their own: long plugin jobs never hold back deliveries or retries.</summary>
public sealed class WorkerPoolFacts : IDisposable
{
    private static readonly WebhookFixture GitHubPush = WebhookFixture.Get("github", "push-branch.json");
    private static readonly WebhookFixture GitLabIssue = WebhookFixture.Get("gitlab", "issue-opened.json");
    private readonly PluginGatewayFactory _gateway = new();

    [Fact]
    public async Task Each_plugin_queue_gets_a_server_with_its_declared_workers_and_retries_a_queue_per_plugin()
    {
        _ = _gateway.CreateClient();
        var monitoring = _gateway.Services.GetRequiredService<JobStorage>().GetMonitoringApi();

        var servers = await Eventually.Get(() => Task.FromResult(monitoring.Servers()), s => s.Count >= 2, "the Hangfire servers to start");

        var recorder = Assert.Single(servers, s => s.Queues.SequenceEqual(["recorder"]));
        Assert.Equal(2, recorder.WorkersCount);
        Assert.Single(servers, s => s.Queues.Order().SequenceEqual(["default", "deliveries-flaky", "deliveries-recorder"]));
    }

    [Fact]
    public async Task Plugin_jobs_filling_their_queue_hold_back_neither_deliveries_nor_retries()
    {
        _gateway.Settings["Hooks:Plugins:recorder:FollowUpStallSeconds"] = "120";
        _gateway.Settings["Hooks:Plugins:flaky:FailuresBeforeSuccess"] = "1";
        var pushes = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            pushes.Add(await RecorderReads.Post(_gateway, GitHubPush));
        }

        var store = _gateway.Services.GetRequiredService<IInboxStore>();
        var monitoring = _gateway.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await Eventually.Get(() => Task.FromResult(monitoring.ProcessingCount()), n => n >= 2, "the recorder's follow-ups to fill its two workers");
        string issue = await RecorderReads.Post(_gateway, GitLabIssue);

        await Eventually.Get(() => RecorderReads.ReceivedFor(_gateway.CreateClient(), issue), r => r.Length == 1, "the issue to reach the recorder");
        foreach (string push in pushes)
        {
            var outcomes = await Eventually.Get(
                () => store.OutcomesAsync(Guid.Parse(push), default),
                o => o.Any(x => x.Plugin == "flaky" && x.Status == OutcomeStatus.Succeeded),
                "the flaky plugin's retry");
            Assert.Equal(2, outcomes.Single(o => o.Plugin == "flaky").Attempts);
        }

        Assert.Empty(await RecorderReads.FollowUpsFor(_gateway.CreateClient(), pushes[0]));
    }

    public void Dispose() => _gateway.Dispose();
}
