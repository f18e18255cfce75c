using Hooks.Gateway.Tests.Support;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Dispatch;

/// <summary>A handler that hangs keeps only its own delivery: the rest of its batch is handed to the lane's other loops.</summary>
public sealed class SlowHandlerFacts : IDisposable
{
    private static readonly WebhookFixture Stalled = WebhookFixture.Get("gitlab", "issue-opened.json");
    private static readonly WebhookFixture Quick = WebhookFixture.Get("github", "push-branch.json");
    private readonly TempDirectory _data = new("hooks-slow");

    [Fact]
    public async Task Deliveries_batched_behind_a_hanging_handler_are_handled_by_the_other_loops()
    {
        string stalled;
        var quick = new List<string>();
        using (var receiver = new PluginGatewayFactory { DataDirectory = _data.Path })
        {
            receiver.Settings["Hooks:Roles"] = "receiver";
            stalled = await RecorderReads.Post(receiver, Stalled);
            for (int i = 0; i < 5; i++)
            {
                quick.Add(await RecorderReads.Post(receiver, Quick));
            }
        }

        using var worker = new PluginGatewayFactory { DataDirectory = _data.Path };
        worker.Settings["Hooks:Plugins:recorder:StallSeconds"] = "8";
        worker.Settings["Hooks:Plugins:recorder:StallOnlyFor"] = "gitlab-org/hello-world";
        worker.Settings["Hooks:Dispatch:LaneWorkers"] = "2";
        worker.Settings["Hooks:Dispatch:SlowHandlerAfter"] = "00:00:01";
        worker.Settings["Hooks:Plugins:flaky:FailuresBeforeSuccess"] = "0";
        var client = worker.CreateClient();

        foreach (string id in quick)
        {
            await Eventually.Get(() => RecorderReads.ReceivedFor(client, id), r => r.Length == 1, $"delivery {id} while the first one hangs", TimeSpan.FromSeconds(20));
        }

        Assert.Empty(await RecorderReads.ReceivedFor(client, stalled));
    }

    public void Dispose() => _data.Dispose();
}
