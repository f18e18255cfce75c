using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hangfire;
using Hooks.Gateway.Inbox;
using Hooks.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Plugins.Dashboard.Tests.Support;

/// <summary>
/// The gateway in memory with the dashboard plugin loaded from its DLL, its <c>gitlab</c> source's API on a fake GitLab,
/// watching the fake's group: pipelines of <c>nightly-dev</c> or from a schedule count.
/// </summary>
public class DashboardGateway : GatewayFactory
{
    public const string NightlyUser = "nightly-dev";

    /// <summary>One folder for the whole run: a process loads a plugin assembly once, by its path.</summary>
    private static readonly Lazy<TempDirectory> Plugins = new(() => SolutionPlugins.Only("Hooks.Plugins.Dashboard"));

    public DashboardGateway()
    {
        Settings["Hooks:Plugins:Directory"] = Plugins.Value.Path;
        Settings["Hooks:Sources:gitlab:BaseUrl"] = GitLab.Url;
        Settings["Hooks:Sources:gitlab:Token"] = FakeGitLab.Token;
        Settings["Hooks:Plugins:dashboard:Groups:0:Source"] = "gitlab";
        Settings["Hooks:Plugins:dashboard:Groups:0:Group"] = GitLab.Group;
        Settings["Hooks:Plugins:dashboard:Groups:0:Users:0"] = NightlyUser;
        Settings["Hooks:Plugins:dashboard:Groups:0:Sources:0"] = "schedule";
        // Tests start backfills themselves; a cron would fire in the middle of any test.
        Settings["Hooks:Plugins:dashboard:BackfillCron"] = Cron.Never();
    }

    public FakeGitLab GitLab { get; } = new();

    /// <summary>The address a browser reaches, once <see cref="StartOnPort"/> has started the gateway on a real port.</summary>
    public Uri Address { get; private set; } = new("http://localhost/");

    public void StartOnPort()
    {
        UseKestrel(0);
        StartServer();
        Address = CreateClient().BaseAddress!;
    }

    /// <summary>Posts a GitLab hook as the gitlab source expects it (secret token, a delivery key); returns the delivery's id.</summary>
    public async Task<Guid> PostHookAsync(string eventName, JsonObject body, string? deliveryKey = null)
    {
        var headers = new Dictionary<string, string>
        {
            ["X-Gitlab-Event"] = eventName,
            ["X-Gitlab-Token"] = Secret,
            ["Idempotency-Key"] = deliveryKey ?? Guid.NewGuid().ToString(),
            ["X-Gitlab-Event-UUID"] = Guid.NewGuid().ToString(),
        };
        using var response = await PostAsync("gitlab", Encoding.UTF8.GetBytes(body.ToJsonString()), headers);
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return answer.RootElement.GetProperty("delivery").GetGuid();
    }

    /// <summary>Posts a delivery of the own corpus, signed right; returns the delivery's id.</summary>
    public async Task<Guid> PostFixtureAsync(string file, string folder = "gitlab")
    {
        var fixture = WebhookFixture.Get(folder, file);
        using var response = await PostAsync(fixture.Source, fixture.Body, ForgeSigner.Headers(fixture, Secret, Signing.Correct));
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return answer.RootElement.GetProperty("delivery").GetGuid();
    }

    /// <summary>Waits until the plugin has handled the delivery, then until its jobs (log fetches) are done.</summary>
    public async Task HandledAsync(Guid delivery)
    {
        await Eventually.Get(
            () => Services.GetRequiredService<IInboxStore>().OutcomesAsync(delivery, CancellationToken.None),
            outcomes => outcomes.Any(o => o.Plugin == "dashboard" && o.Status == OutcomeStatus.Succeeded),
            $"the dashboard plugin to handle delivery {delivery}");
        await QuietAsync();
    }

    /// <summary>
    /// Waits until no job waits in the plugin's queue or runs, and no log the plugin asked for is still queued in its
    /// store (a job taken off the queue is, for a moment, neither enqueued nor processing; the store says it is not done).
    /// </summary>
    public async Task QuietAsync()
    {
        var monitoring = Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await Eventually.Get(
            async () => monitoring.EnqueuedCount("dashboard") + monitoring.ProcessingCount() + await QueuedLogsAsync(),
            busy => busy == 0,
            "the dashboard's jobs to finish");
    }

    /// <summary>Jobs whose log fetch is queued (<c>LogState.Queued</c>), read from the plugin's SQLite file.</summary>
    private async Task<long> QueuedLogsAsync()
    {
        string file = Path.Combine(DataDirectory, "plugin-dashboard.db");
        if (!File.Exists(file))
        {
            return 0;
        }

        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM jobs WHERE Log = 1";
        try
        {
            return (long)(await command.ExecuteScalarAsync())!;
        }
        catch (SqliteException)
        {
            return 1; // not migrated yet
        }
    }

    /// <summary>Starts a backfill through the API (admin token) and waits for it and the log fetches it asked for.</summary>
    public async Task BackfillAsync()
    {
        using var client = CreateAdminClient();
        using var response = await client.PostAsync("/plugins/dashboard/api/backfill", null);
        response.EnsureSuccessStatusCode();
        string job = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
        var monitoring = Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await Eventually.Get(
            () => Task.FromResult(monitoring.JobDetails(job)?.History.FirstOrDefault()?.StateName),
            state => state is "Succeeded" or "Failed",
            $"backfill job {job}",
            TimeSpan.FromSeconds(60));
        Assert.Equal("Succeeded", monitoring.JobDetails(job).History[0].StateName);
        await QuietAsync();
    }

    /// <summary>Waits until the API has job <paramref name="id"/> with its log classified, and returns it.</summary>
    public async Task<JsonElement> ClassifiedJobAsync(long id)
    {
        using var client = CreateClient();
        var job = await Eventually.Get(
            async () =>
            {
                using var answer = await client.GetAsync($"/plugins/dashboard/api/jobs/{id}");
                return answer.IsSuccessStatusCode ? await answer.Content.ReadFromJsonAsync<JsonElement>() : (JsonElement?)null;
            },
            found => found?.GetProperty("log").GetString() == "Classified",
            $"job {id}'s log to be classified");
        return job!.Value;
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = CreateClient();
        return await client.GetFromJsonAsync<JsonElement>(path);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            GitLab.Dispose();
        }
    }
}
