using System.Net.Http.Json;
using System.Text.Json;
using Hooks.EndToEnd.Tests.Support;
using Hooks.Testing;

namespace Hooks.EndToEnd.Tests.Gateway;

/// <summary>
/// A worker killed (SIGKILL) while a plugin's handler runs: the run is lost with the process, so the ledger runs the
/// pair again (on PostgreSQL when the dead run's lease ends, embedded on restart), and the delivery is handled once.
/// </summary>
public sealed class KilledWorkerFacts(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private static readonly WebhookFixture GitHubPush = WebhookFixture.Get("github", "push-branch.json");
    private readonly TempDirectory _files = new("hooks-killed");

    private string StartsFile => Path.Combine(_files.Path, "starts.log");

    [Fact]
    public async Task Handler_killed_mid_run_on_postgres_runs_again_within_a_minute_and_is_recorded_once()
    {
        string database = await postgres.Server.CreateDatabaseAsync();

        await RunKilledThenRestartedAsync(database, new Dictionary<string, string>(), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Handler_killed_mid_run_embedded_runs_again_on_restart_and_is_recorded_once()
    {
        var data = Path.Combine(_files.Path, "data");
        Directory.CreateDirectory(data);

        await RunKilledThenRestartedAsync(null, new Dictionary<string, string> { ["Hooks__DataDirectory"] = data }, TimeSpan.FromSeconds(60));
    }

    private async Task RunKilledThenRestartedAsync(string? database, Dictionary<string, string> settings, TimeSpan within)
    {
        settings["Hooks__Plugins__recorder__StartsFile"] = StartsFile;
        string id;
        int killedPid;
        DateTime killedAt;
        await using (var first = await GatewayProcess.StartAsync(database, settings: new Dictionary<string, string>(settings) { ["Hooks__Plugins__recorder__StallSeconds"] = "600" }))
        {
            id = await Recorder.DeliveryIdAsync(await first.PostAsync(GitHubPush));
            await Eventually.Get(() => Task.FromResult(Starts(id)), s => s.Count == 1, "the recorder's handler to start");
            // The other plugin's run must be over and recorded before the kill, or it rightly runs again too.
            await Eventually.Get(
                () => first.Client.GetFromJsonAsync<JsonElement>($"/api/deliveries/{id}"),
                d => d.GetProperty("outcomes").EnumerateArray().Any(o => o.GetProperty("plugin").GetString() == "flaky" && o.GetProperty("status").GetString() == "succeeded"),
                "the flaky plugin's run to be recorded");
            killedPid = first.ProcessId;
            await first.KillAsync();
            killedAt = DateTime.UtcNow;
        }

        await using var restarted = await GatewayProcess.StartAsync(database, settings: settings);
        var received = await Eventually.Get(
            () => Recorder.ReceivedAsync(restarted.Client), r => r.Any(e => e.GetProperty("deliveryId").GetString() == id), "the run after the kill", within + TimeSpan.FromSeconds(30));
        var handledAfter = DateTime.UtcNow - killedAt;
        var outcomes = await Eventually.Get(
            () => restarted.Client.GetFromJsonAsync<JsonElement>($"/api/deliveries/{id}"),
            d => d.GetProperty("outcomes").EnumerateArray().All(o => o.GetProperty("status").GetString() == "succeeded"),
            "every plugin to succeed");

        Assert.True(handledAfter < within, $"handled {handledAfter.TotalSeconds:F0} s after the kill");
        Assert.Single(received, e => e.GetProperty("deliveryId").GetString() == id);
        Assert.Equal([killedPid, restarted.ProcessId], Starts(id));
        var recorder = outcomes.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("plugin").GetString() == "recorder");
        Assert.Equal(2, recorder.GetProperty("attempts").GetInt32());
        var flaky = outcomes.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("plugin").GetString() == "flaky");
        Assert.Equal(1, flaky.GetProperty("attempts").GetInt32());
    }

    private List<int> Starts(string deliveryId) => File.Exists(StartsFile)
        ? [.. File.ReadAllLines(StartsFile).Where(l => l.StartsWith(deliveryId, StringComparison.Ordinal)).Select(l => int.Parse(l.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture))]
        : [];

    public void Dispose() => _files.Dispose();
}
