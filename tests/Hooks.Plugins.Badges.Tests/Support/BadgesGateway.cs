using System.Text.Json;
using Hangfire;
using Hooks.Gateway.Inbox;
using Hooks.Plugins.Badges.Jobs;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Plugins.Badges.Tests.Support;

/// <summary>The gateway in memory with the badges plugin loaded from its DLL, watching one project of a fake GitLab.</summary>
public class BadgesGateway : GatewayFactory
{
    public const string PublicUrl = "http://hooks.test";

    /// <summary>One folder for the whole run: a process loads a plugin assembly once, by its path.</summary>
    private static readonly Lazy<TempDirectory> Plugins = new(() => SolutionPlugins.Only("Hooks.Plugins.Badges"));

    public BadgesGateway()
    {
        Settings["Hooks:Plugins:Directory"] = Plugins.Value.Path;
        Settings["Hooks:Plugins:badges:PublicUrl"] = PublicUrl;
        Settings["Hooks:Plugins:badges:ReconcileOnStart"] = "false";
        // Tests trigger the reconcile themselves; the default cron would fire on every quarter hour, in any test.
        Settings["Hooks:Plugins:badges:ReconcileCron"] = Cron.Never();
        Settings["Hooks:Plugins:badges:Projects:0:Project"] = GitLab.ProjectPath;
        Settings["Hooks:Plugins:badges:Projects:0:Source"] = "gitlab";
        Settings["Hooks:Plugins:badges:Projects:0:ApiUrl"] = GitLab.Url;
        Settings["Hooks:Plugins:badges:Projects:0:Token"] = FakeGitLab.Token;
    }

    public FakeGitLab GitLab { get; } = new();

    public string ProjectSlug => Uri.EscapeDataString(GitLab.ProjectPath);

    /// <summary>Posts a GitLab fixture delivery, signed as the gitlab source expects; returns the delivery's id.</summary>
    public async Task<Guid> PostFixtureAsync(string file)
    {
        var fixture = WebhookFixture.Get("gitlab", file);
        using var response = await PostAsync("gitlab", fixture.Body, ForgeSigner.Headers(fixture, Secret, Signing.Correct));
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return answer.RootElement.GetProperty("delivery").GetGuid();
    }

    /// <summary>Waits until the badges plugin has handled the delivery (its outcome is recorded as succeeded).</summary>
    public async Task HandledAsync(Guid delivery) => await Eventually.Get(
        () => Services.GetRequiredService<IInboxStore>().OutcomesAsync(delivery, CancellationToken.None),
        outcomes => outcomes.Any(o => o.Plugin == "badges" && o.Status == OutcomeStatus.Succeeded),
        $"the badges plugin to handle delivery {delivery}");

    /// <summary>The address a browser reaches, once <see cref="StartOnPort"/> has started the gateway on a real port.</summary>
    public Uri Address { get; private set; } = new("http://localhost/");

    public void StartOnPort()
    {
        UseKestrel(0);
        StartServer();
        Address = CreateClient().BaseAddress!;
    }

    /// <summary>Waits until no job waits in the plugin's queue and none runs: whatever a delivery set off has happened.</summary>
    public async Task QuietAsync()
    {
        var monitoring = Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await Eventually.Get(
            () => Task.FromResult(monitoring.EnqueuedCount(BadgesPlugin.Queue) + monitoring.ProcessingCount()),
            busy => busy == 0,
            "the plugin's jobs to finish");
    }

    public void TriggerReconcile() => Services.GetRequiredService<IRecurringJobManager>().Trigger(ReconcileAllJob.RecurringId);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            GitLab.Dispose();
        }
    }
}
