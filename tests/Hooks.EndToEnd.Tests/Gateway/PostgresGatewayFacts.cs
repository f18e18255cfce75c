using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.EndToEnd.Tests.Support;
using Hooks.Testing;
using Npgsql;

namespace Hooks.EndToEnd.Tests.Gateway;

/// <summary>The gateway's binary on a real PostgreSQL: nothing accepted is lost, nothing is done twice.</summary>
public sealed class PostgresGatewayFacts(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly WebhookFixture GitHubPush = WebhookFixture.Get("github", "push-branch.json");

    [Fact]
    public async Task Fixture_plugin_receives_the_event_and_keeps_its_data_in_its_own_schema()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        await using var gateway = await GatewayProcess.StartAsync(database);

        string id = await Recorder.DeliveryIdAsync(await gateway.PostAsync(GitHubPush));

        var received = await Eventually.Get(() => Recorder.ReceivedAsync(gateway.Client), r => r.Any(e => e.GetProperty("deliveryId").GetString() == id), "the recorder");
        Assert.Equal("Push", received.Single().GetProperty("eventType").GetString());
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM plugin_recorder.received_events", connection);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Deliveries_answered_by_a_killed_receiver_are_dispatched_exactly_once_per_plugin_after_restart()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        var ids = new List<string>();
        await using (var receiver = await GatewayProcess.StartAsync(database, roles: "receiver"))
        {
            for (int i = 0; i < 20; i++)
            {
                ids.Add(await Recorder.DeliveryIdAsync(await receiver.PostAsync(GitHubPush)));
            }

            await receiver.KillAsync();
        }

        await using var restarted = await GatewayProcess.StartAsync(database);
        var received = await Eventually.Get(() => Recorder.ReceivedAsync(restarted.Client), r => r.Length >= 20, "20 deliveries at the recorder");

        Assert.Equal(ids.Order(), received.Select(e => e.GetProperty("deliveryId").GetString()!).Order());
        foreach (string id in ids)
        {
            var details = await Eventually.Get(
                () => restarted.Client.GetFromJsonAsync<JsonElement>($"/api/deliveries/{id}"),
                d => d.GetProperty("outcomes").GetArrayLength() == 2 && d.GetProperty("outcomes").EnumerateArray().All(o => o.GetProperty("status").GetString() == "succeeded"),
                $"both plugins to succeed for {id}");
            Assert.All(details.GetProperty("outcomes").EnumerateArray(), o => Assert.Equal(1, o.GetProperty("attempts").GetInt32()));
        }
    }

    [Fact]
    public async Task Same_delivery_posted_to_two_instances_at_once_is_stored_once()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        await using var first = await GatewayProcess.StartAsync(database, roles: "receiver");
        await using var second = await GatewayProcess.StartAsync(database, roles: "receiver");
        string key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? first : second).PostAsync(GitHubPush, key)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        var bodies = await Task.WhenAll(answers.Select(async a => JsonSerializer.Deserialize<JsonElement>(await a.Content.ReadAsStringAsync())));
        Assert.Single(bodies, b => !b.TryGetProperty("duplicate", out _));
        Assert.Single(bodies.Select(b => b.GetProperty("delivery").GetString()).Distinct());
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM hooks_deliveries WHERE delivery_key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Worker_only_process_runs_the_plugin_jobs_of_deliveries_a_receiver_only_process_took()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        await using var receiver = await GatewayProcess.StartAsync(database, roles: "receiver");
        await using var worker = await GatewayProcess.StartAsync(database, roles: "worker");

        string id = await Recorder.DeliveryIdAsync(await receiver.PostAsync(GitHubPush));

        var followUps = await Eventually.Get(() => Recorder.FollowUpsAsync(receiver.Client), f => f.Any(e => e.GetProperty("deliveryId").GetString() == id), "the plugin's own job");
        var received = (await Recorder.ReceivedAsync(receiver.Client)).Single(e => e.GetProperty("deliveryId").GetString() == id);
        Assert.Equal(worker.ProcessId, received.GetProperty("processId").GetInt32());
        Assert.Equal(worker.ProcessId, followUps.Single().GetProperty("processId").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await worker.PostAsync(GitHubPush)).StatusCode);
    }

    [Fact]
    public async Task Plugin_disabled_on_one_worker_gets_every_delivery_and_retry_from_the_worker_that_has_it()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        using var attempts = new TempDirectory("hooks-flaky");
        string attemptsFile = Path.Combine(attempts.Path, "attempts.log");
        var flaky = new Dictionary<string, string>
        {
            ["Hooks__Plugins__flaky__FailuresBeforeSuccess"] = "1",
            ["Hooks__Plugins__flaky__AttemptsFile"] = attemptsFile,
        };
        await using var withFlaky = await GatewayProcess.StartAsync(database, roles: "worker", settings: flaky);
        await using var withoutFlaky = await GatewayProcess.StartAsync(database, settings: new Dictionary<string, string>(flaky) { ["Hooks__Plugins__flaky__Enabled"] = "false" });

        var ids = new List<string>();
        for (int i = 0; i < 10; i++)
        {
            ids.Add(await Recorder.DeliveryIdAsync(await withoutFlaky.PostAsync(GitHubPush)));
        }

        foreach (string id in ids)
        {
            var details = await Eventually.Get(
                () => withoutFlaky.Client.GetFromJsonAsync<JsonElement>($"/api/deliveries/{id}"),
                d => d.GetProperty("outcomes").EnumerateArray().Any(o => o.GetProperty("plugin").GetString() == "flaky" && o.GetProperty("status").GetString() == "succeeded"),
                $"the flaky plugin to succeed for {id}",
                TimeSpan.FromSeconds(60));
            var outcome = details.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("plugin").GetString() == "flaky");
            Assert.Equal(2, outcome.GetProperty("attempts").GetInt32());
        }

        Assert.Equal(20, File.ReadAllLines(attemptsFile).Length);
    }
}
