using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Gateway.Tests.Dispatch;

/// <summary>Deliveries reach plugins loaded from their DLLs, each plugin in its own Hangfire job (embedded mode).</summary>
public sealed class PluginDispatchFacts(PluginGatewayFactory gateway) : IClassFixture<PluginGatewayFactory>
{
    private static readonly WebhookFixture GitHubPush = WebhookFixture.Get("github", "push-branch.json");
    private static readonly WebhookFixture GitLabIssue = WebhookFixture.Get("gitlab", "issue-opened.json");

    [Fact]
    public async Task Fixture_plugin_loaded_from_its_dll_receives_the_normalised_event()
    {
        string id = await RecorderReads.Post(gateway, GitLabIssue);

        var received = await Eventually.Get(() => RecorderReads.ReceivedFor(gateway.CreateClient(), id), r => r.Length > 0, "the recorder to receive the issue");

        var row = Assert.Single(received);
        Assert.Equal("Issue", row.GetProperty("eventType").GetString());
        Assert.Equal("gitlab", row.GetProperty("source").GetString());
        Assert.Equal("gitlab-org/hello-world", row.GetProperty("repository").GetString());
    }

    [Fact]
    public async Task Job_whose_type_lives_in_the_plugin_runs_and_shares_the_trace_of_the_request()
    {
        string id = await RecorderReads.Post(gateway, GitHubPush);

        var followUp = Assert.Single(await Eventually.Get(() => RecorderReads.FollowUpsFor(gateway.CreateClient(), id), r => r.Length > 0, "the plugin's own job to run"));
        var stored = await gateway.Services.GetRequiredService<IInboxStore>().GetAsync(Guid.Parse(id), default);
        string requestTrace = stored!.TraceParent!.Split('-')[1];
        var handled = Assert.Single(await RecorderReads.ReceivedFor(gateway.CreateClient(), id));
        Assert.Equal(requestTrace, handled.GetProperty("traceId").GetString());
        Assert.Equal(requestTrace, followUp.GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task Failing_plugin_is_retried_on_its_own_while_the_other_plugin_handles_the_delivery_once()
    {
        string id = await RecorderReads.Post(gateway, GitHubPush);
        var store = gateway.Services.GetRequiredService<IInboxStore>();

        var outcomes = await Eventually.Get(
            () => store.OutcomesAsync(Guid.Parse(id), default),
            o => o.Any(x => x.Plugin == "flaky" && x.Status == OutcomeStatus.Succeeded),
            "the flaky plugin to succeed after its retries");

        var flaky = outcomes.Single(o => o.Plugin == "flaky");
        Assert.Equal(3, flaky.Attempts);
        Assert.Equal(["attempt", "attempt", "success"], File.ReadLines(gateway.AttemptsFile).Where(l => l.StartsWith(id, StringComparison.Ordinal)).Select(l => l.Split(' ')[1]));
        var recorder = outcomes.Single(o => o.Plugin == "recorder");
        Assert.Equal((OutcomeStatus.Succeeded, 1), (recorder.Status, recorder.Attempts));
        Assert.Single(await RecorderReads.ReceivedFor(gateway.CreateClient(), id));
        string metrics = await gateway.CreateClient().GetStringAsync("/metrics");
        Assert.Matches(@"hooks_plugin_jobs_total\{[^}]*outcome=""retrying""[^}]*plugin=""flaky""", metrics);
    }

    [Fact]
    public async Task Plugin_not_interested_in_an_event_gets_no_job()
    {
        string id = await RecorderReads.Post(gateway, GitLabIssue);
        var store = gateway.Services.GetRequiredService<IInboxStore>();

        var outcomes = await Eventually.Get(() => store.OutcomesAsync(Guid.Parse(id), default), o => o.Any(x => x.Status == OutcomeStatus.Succeeded), "the recorder's outcome");

        Assert.Equal(["recorder"], outcomes.Select(o => o.Plugin));
    }

    [Fact]
    public async Task Plugins_api_lists_loaded_plugins_and_the_broken_one_with_its_error()
    {
        var plugins = await gateway.CreateAdminClient().GetFromJsonAsync<JsonElement[]>("/api/plugins");

        var byId = plugins!.ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Equal("loaded", byId["recorder"].GetProperty("state").GetString());
        Assert.Equal("1.0.0", byId["recorder"].GetProperty("version").GetString());
        Assert.Equal(["HookEvent"], byId["recorder"].GetProperty("handles").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal(["Push"], byId["flaky"].GetProperty("handles").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal("broken", byId["broken"].GetProperty("state").GetString());
        Assert.False(string.IsNullOrEmpty(byId["broken"].GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Plugin_endpoint_reads_the_plugins_own_configuration_section()
    {
        string greeting = (await gateway.CreateClient().GetFromJsonAsync<string>("/plugins/recorder/greeting"))!;

        Assert.Equal("hello from the recorder's own section", greeting);
    }

    [Fact]
    public async Task Delivery_details_show_headers_normalised_events_and_outcomes()
    {
        string id = await RecorderReads.Post(gateway, GitLabIssue);
        var admin = gateway.CreateAdminClient();
        await Eventually.Get(() => RecorderReads.ReceivedFor(gateway.CreateClient(), id), r => r.Length > 0, "dispatch");

        var details = await Eventually.Get(
            () => admin.GetFromJsonAsync<JsonElement>($"/api/deliveries/{id}"),
            d => d.GetProperty("outcomes").EnumerateArray().Any(o => o.GetProperty("status").GetString() == "succeeded"),
            "the outcome to be recorded");

        Assert.Equal("Issue Hook", details.GetProperty("event").GetString());
        Assert.Equal("Issue Hook", details.GetProperty("headers").GetProperty("X-Gitlab-Event").GetString());
        Assert.False(details.GetProperty("headers").TryGetProperty("X-Gitlab-Token", out _));
        var normalised = Assert.Single(details.GetProperty("events").EnumerateArray());
        Assert.Equal("issue", normalised.GetProperty("kind").GetString());
        Assert.Equal("GitLab", normalised.GetProperty("forge").GetString());
        Assert.Equal("opened", normalised.GetProperty("action").GetString());
        Assert.Equal(1, normalised.GetProperty("number").GetInt64());
        Assert.Equal("open", normalised.GetProperty("rawAction").GetString());
        Assert.False(normalised.TryGetProperty("raw", out _));
        Assert.Equal("issue", details.GetProperty("body").GetProperty("object_kind").GetString());
        Assert.Equal("succeeded", details.GetProperty("outcomes")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Replay_to_one_plugin_runs_that_plugin_again_and_no_other()
    {
        string id = await RecorderReads.Post(gateway, GitHubPush);
        var store = gateway.Services.GetRequiredService<IInboxStore>();
        await Eventually.Get(() => store.OutcomesAsync(Guid.Parse(id), default), o => o.Count == 2 && o.All(x => x.Status == OutcomeStatus.Succeeded), "both plugins to finish");
        int flakyLines = File.ReadLines(gateway.AttemptsFile).Count(l => l.StartsWith(id, StringComparison.Ordinal));

        var response = await gateway.CreateAdminClient().PostAsync($"/api/deliveries/{id}/replay?plugin=recorder", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.Get(() => RecorderReads.ReceivedFor(gateway.CreateClient(), id), r => r.Length == 2, "the recorder to receive the replay");
        var recorder = await Eventually.Get(
            async () => (await store.OutcomesAsync(Guid.Parse(id), default)).Single(o => o.Plugin == "recorder"),
            o => o.Status == OutcomeStatus.Succeeded,
            "the replay's outcome");
        Assert.Equal(1, recorder.Attempts);
        Assert.Equal(flakyLines, File.ReadLines(gateway.AttemptsFile).Count(l => l.StartsWith(id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Replay_of_an_unknown_delivery_or_plugin_is_404()
    {
        var admin = gateway.CreateAdminClient();
        string id = await RecorderReads.Post(gateway, GitLabIssue);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/deliveries/{Guid.NewGuid()}/replay", null)).StatusCode);
        var unknownPlugin = await admin.PostAsync($"/api/deliveries/{id}/replay?plugin=nope", null);
        Assert.Equal(HttpStatusCode.NotFound, unknownPlugin.StatusCode);
        Assert.Contains("'nope'", (await Json.ReadAsync(unknownPlugin)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliveries_list_filters_by_source_event_and_status()
    {
        string id = await RecorderReads.Post(gateway, GitLabIssue);
        var admin = gateway.CreateAdminClient();
        await Eventually.Get(() => gateway.Services.GetRequiredService<IInboxStore>().OutcomesAsync(Guid.Parse(id), default), o => o.Any(x => x.Status == OutcomeStatus.Succeeded), "dispatch");

        var page = await admin.GetFromJsonAsync<JsonElement>("/api/deliveries?source=gitlab&event=Issue%20Hook&status=succeeded&pageSize=500");
        var items = page.GetProperty("items").EnumerateArray().ToList();

        Assert.Contains(items, item => item.GetProperty("id").GetString() == id);
        Assert.All(items, item => Assert.Equal("gitlab", item.GetProperty("source").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/deliveries?status=bogus")).StatusCode);
    }

    [Fact]
    public async Task Admin_api_and_dashboard_without_the_token_are_refused_from_elsewhere()
    {
        var client = gateway.CreateClient();

        var api = await client.GetAsync("/api/plugins");
        var dashboard = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, dashboard.StatusCode);
        Assert.Contains("Basic", api.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_opens_with_the_admin_token_as_basic_auth_password()
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("ops:" + GatewayFactory.AdminToken)));

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hooks jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_readiness_and_metrics_answer()
    {
        string id = await RecorderReads.Post(gateway, GitLabIssue);
        await Eventually.Get(() => RecorderReads.ReceivedFor(gateway.CreateClient(), id), r => r.Length > 0, "dispatch");
        var client = gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal("reachable", (await client.GetFromJsonAsync<JsonElement>("/readyz")).GetProperty("store").GetString());
        string metrics = await Eventually.Get(() => client.GetStringAsync("/metrics"), m => m.Contains("hooks_plugin_jobs", StringComparison.Ordinal), "plugin job metrics");
        Assert.Contains("hooks_deliveries_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("outcome=\"accepted\"", metrics, StringComparison.Ordinal);
        Assert.Contains("hooks_dispatch_latency_seconds_bucket", metrics, StringComparison.Ordinal);
    }
}
