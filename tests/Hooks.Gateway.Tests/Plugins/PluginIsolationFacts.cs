using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Gateway.Plugins;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Gateway.Tests.Plugins;

/// <summary>
/// A plugin that fails after it loaded (registering, mapping its pages, migrating its storage, starting a service) is
/// marked broken with the reason, and the other plugins keep running. One at a time: the faulty plugin keeps where it
/// fails in a static.
/// </summary>
public sealed class PluginIsolationFacts : IDisposable
{
    private static readonly WebhookFixture GitLabIssue = WebhookFixture.Get("gitlab", "issue-opened.json");
    private static readonly Lazy<string> Plugins = new(() =>
    {
        var folder = FixturePlugins.CopyTo(new TempDirectory("hooks-faulty-plugins"), "Hooks.Fixtures.Recorder", "Hooks.Fixtures.Faulty");
        string copy = Path.Combine(folder.Path, "RecorderCopy");
        Directory.CreateDirectory(copy);
        foreach (string file in Directory.GetFiles(Path.Combine(folder.Path, "Hooks.Fixtures.Recorder")))
        {
            string name = Path.GetFileName(file) == "Hooks.Fixtures.Recorder.dll" ? "RecorderCopy.dll" : Path.GetFileName(file);
            File.Copy(file, Path.Combine(copy, name));
        }

        return folder.Path;
    });

    private readonly List<PluginGatewayFactory> _gateways = [];

    [Theory]
    [InlineData("MapEndpoints", "MapEndpoints failed")]
    [InlineData("Migrations", "its database migration failed")]
    [InlineData("HostedService", "its service FaultyService failed")]
    public async Task Plugin_failing_after_registration_is_broken_with_the_reason_and_its_pages_answer_503(string failIn, string reason)
    {
        var gateway = Start(failIn);

        var faulty = await PluginAsync(gateway, "faulty");
        var ping = await gateway.CreateClient().GetAsync("/plugins/faulty/ping");

        Assert.Equal("broken", faulty.GetProperty("state").GetString());
        Assert.Contains(reason, faulty.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ping.StatusCode);
        Assert.Contains("out of service", (await Json.ReadAsync(ping)).GetProperty("error").GetString(), StringComparison.Ordinal);
        await OtherPluginsKeepRunningAsync(gateway);
    }

    [Fact]
    public async Task Plugin_failing_half_way_through_registration_leaves_nothing_registered()
    {
        var gateway = Start("ConfigureServices");

        var faulty = await PluginAsync(gateway, "faulty");
        var catalog = gateway.Services.GetRequiredService<PluginCatalog>();
        var marker = catalog.Find("faulty")!.Assembly!.GetType("Hooks.Fixtures.Faulty.FaultyMarker")!;

        Assert.Equal("broken", faulty.GetProperty("state").GetString());
        Assert.Contains("ConfigureServices failed", faulty.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Null(gateway.Services.GetService(marker));
        Assert.DoesNotContain(gateway.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(), s => s.GetType().Name is "PluginHostedService" or "FaultyService");
        Assert.Equal(HttpStatusCode.NotFound, (await gateway.CreateAdminClient().GetAsync("/plugins/faulty/ping")).StatusCode);
        await OtherPluginsKeepRunningAsync(gateway);
    }

    [Fact]
    public async Task Second_folder_with_an_id_already_loaded_is_refused()
    {
        var gateway = Start("");

        var plugins = await gateway.CreateAdminClient().GetFromJsonAsync<JsonElement[]>("/api/plugins");

        var copy = Assert.Single(plugins!, p => p.GetProperty("folder").GetString()!.EndsWith("RecorderCopy", StringComparison.Ordinal));
        Assert.Equal("broken", copy.GetProperty("state").GetString());
        Assert.Contains("two folders may not share an id", copy.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("loaded", (await PluginAsync(gateway, "faulty")).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await gateway.CreateClient().GetAsync("/plugins/faulty/ping")).StatusCode);
        await OtherPluginsKeepRunningAsync(gateway);
    }

    public void Dispose() => _gateways.ForEach(g => g.Dispose());

    private PluginGatewayFactory Start(string failIn)
    {
        var gateway = new PluginGatewayFactory();
        gateway.Settings["Hooks:Plugins:Directory"] = Plugins.Value;
        gateway.Settings["Hooks:Plugins:faulty:FailIn"] = failIn;
        _gateways.Add(gateway);
        return gateway;
    }

    private static async Task<JsonElement> PluginAsync(PluginGatewayFactory gateway, string id) =>
        (await gateway.CreateAdminClient().GetFromJsonAsync<JsonElement[]>("/api/plugins"))!
            .First(p => p.GetProperty("id").GetString() == id && (id != "recorder" || !p.GetProperty("folder").GetString()!.EndsWith("RecorderCopy", StringComparison.Ordinal)));

    private static async Task OtherPluginsKeepRunningAsync(PluginGatewayFactory gateway)
    {
        string id = await RecorderReads.Post(gateway, GitLabIssue);
        await Eventually.Get(() => RecorderReads.ReceivedFor(gateway.CreateClient(), id), r => r.Length == 1, "the recorder to receive a delivery");
        Assert.Equal("loaded", (await PluginAsync(gateway, "recorder")).GetProperty("state").GetString());
    }
}
