using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Plugins.Ci.Api;
using Hooks.Testing;

namespace Hooks.Plugins.Ci.Tests.Support;

/// <summary>
/// The gateway in memory with the CI plugin loaded from its DLL, serving <c>ci</c> (Docker) and <c>ci-shell</c>
/// (processes), real git repositories under one folder (<c>org/&lt;name&gt;.git</c>), and short leases.
/// </summary>
public class CiGateway : GatewayFactory
{
    private static readonly Lazy<TempDirectory> Plugins = new(() => SolutionPlugins.Only("Hooks.Plugins.Ci"));
    private readonly TempDirectory _work = new("hooks-ci");
    private readonly Dictionary<string, LocalGitRepository> _repositories = [];

    public CiGateway()
    {
        Directory.CreateDirectory(Path.Combine(Remotes, "org"));
        Settings["Hooks:Plugins:Directory"] = Plugins.Value.Path;
        Settings["Hooks:Plugins:ci:Docker"] = "true";
        Settings["Hooks:Plugins:ci:DockerEndpoint"] = TestDocker.Endpoint;
        Settings["Hooks:Plugins:ci:MachineTags:0"] = "shell";
        Settings["Hooks:Plugins:ci:RunLease"] = "00:00:03";
        Settings["Hooks:Plugins:ci:RecoverEvery"] = "00:00:01";
        Settings["Hooks:Plugins:ci:CloneUrls:bitbucket"] = new Uri(Remotes).AbsoluteUri + "/{fullName}.git";
        Settings["Hooks:PublicUrl"] = "http://hooks.test/";
        Settings["Hooks:RunLogs:Public"] = "true";
    }

    public string Remotes => Path.Combine(_work.Path, "remotes");

    public LocalGitRepository Repository(string name)
    {
        if (!_repositories.TryGetValue(name, out var repository))
        {
            repository = new LocalGitRepository(name, Path.Combine(Remotes, "org"));
            _repositories[name] = repository;
        }

        return repository;
    }

    /// <summary>Posts a delivery and returns its id.</summary>
    public async Task<string> DeliverAsync((string Source, byte[] Body, Dictionary<string, string> Headers) delivery)
    {
        using var response = await PostAsync(delivery.Source, delivery.Body, delivery.Headers);
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return answer.RootElement.GetProperty("delivery").GetString()!;
    }

    /// <summary>Commits <c>ocelot.yml</c> (and more files) to main of <paramref name="repository"/> and pushes it from GitHub.</summary>
    public async Task<string> PushConfigAsync(string repository, string yaml, string branch = "main", string message = "a change")
    {
        var repo = Repository(repository);
        string before = Head(repo);
        string after = repo.Commit("ocelot.yml", yaml, message);
        await DeliverAsync(Deliveries.GitHubPush(repository, branch, before, after, repo.Url, [new Deliveries.PushedCommit(after, message, "ocelot.yml")]));
        return after;
    }

    public static string Head(LocalGitRepository repository)
    {
        try
        {
            return repository.Head();
        }
        catch (InvalidOperationException)
        {
            return GitHubPush.Zeros;
        }
    }

    public async Task<BuildSum[]> BuildsAsync()
    {
        using var client = CreateClient();
        return (await client.GetFromJsonAsync<BuildsPageView>("/plugins/ci/v1/builds?pageSize=500", JsonSerializerOptions.Web))!.Builds.ToArray();
    }

    public async Task<IgnoredView[]> IgnoredAsync()
    {
        using var client = CreateClient();
        return (await client.GetFromJsonAsync<IgnoredView[]>("/plugins/ci/v1/ignored", JsonSerializerOptions.Web))!;
    }

    public async Task<BuildStatusView> StatusAsync(long buildId)
    {
        using var client = CreateClient();
        return (await client.GetFromJsonAsync<BuildStatusView>($"/plugins/ci/v1/status?buildId={buildId}", JsonSerializerOptions.Web))!;
    }

    public async Task<string> LogAsync(long buildId)
    {
        using var client = CreateClient();
        return await client.GetStringAsync($"/plugins/ci/v1/logs?buildId={buildId}");
    }

    /// <summary>The log of the newest build of <paramref name="hash"/> so far, without waiting for its end (the run logs' plain text).</summary>
    public async Task<string> LogAsyncWhileRunning(string hash)
    {
        using var client = CreateClient();
        var view = (await client.GetFromJsonAsync<BuildStatusView>($"/plugins/ci/v1/status?hash={hash}", JsonSerializerOptions.Web))!;
        using var response = await client.GetAsync($"/runs/ci/{view.BuildSum.BuildId}/log");
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : "";
    }

    /// <summary>Waits until the builds satisfy <paramref name="done"/>; returns them, newest first.</summary>
    public Task<BuildSum[]> WaitForBuildsAsync(Func<BuildSum[], bool> done, string what, TimeSpan? timeout = null) =>
        Eventually.Get(BuildsAsync, done, what, timeout ?? TimeSpan.FromSeconds(90));

    /// <summary>Waits for build <paramref name="id"/> to end; returns its status with its stages.</summary>
    public async Task<BuildStatusView> WaitForEndAsync(long id)
    {
        await WaitForBuildsAsync(b => b.Any(x => x.BuildId == id && Over(x)), $"build {id} to end");
        return await StatusAsync(id);
    }

    public static bool Over(BuildSum build) => build.Status is not ("QUEUED" or "RUNNING");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            foreach (var repository in _repositories.Values)
            {
                repository.Dispose();
            }

            _work.Dispose();
        }
    }
}
