using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Plugins.PackageBuilds.Api;
using Hooks.Testing;

namespace Hooks.Plugins.PackageBuilds.Tests.Support;

/// <summary>
/// The gateway in memory with the package builds plugin loaded from its DLL, a configuration file written by the test,
/// real git repositories side by side under one base URL, and an SMTP server that keeps what it gets.
/// </summary>
public class BuildsGateway : GatewayFactory
{
    /// <summary>One folder for the whole run: a process loads a plugin assembly once, by its path.</summary>
    private static readonly Lazy<TempDirectory> Plugins = new(() => SolutionPlugins.Only("Hooks.Plugins.PackageBuilds"));
    private readonly TempDirectory _work = new("hooks-package-builds");
    private readonly Dictionary<string, LocalGitRepository> _repositories = [];

    public BuildsGateway()
    {
        Directory.CreateDirectory(Remotes);
        Directory.CreateDirectory(Outputs);
        Settings["Hooks:Plugins:Directory"] = Plugins.Value.Path;
        Settings["Hooks:Plugins:package-builds:ConfigFile"] = ConfigFile;
        Settings["Hooks:Plugins:package-builds:RunLease"] = "00:00:03";
        Settings["Hooks:Plugins:package-builds:RecoverEvery"] = "00:00:01";
        Settings["Hooks:PublicUrl"] = "http://hooks.test/";
    }

    public SmtpSink Smtp { get; } = new();

    public string ConfigFile => Path.Combine(_work.Path, "amp.yaml");

    /// <summary>Where the bare repositories are: the configuration's <c>baseurl</c>.</summary>
    public string Remotes => Path.Combine(_work.Path, "remotes");

    public string BaseUrl => new Uri(Remotes).AbsoluteUri;

    /// <summary>A folder scripts write what they saw into (their environment gives it as <c>$OUT</c> through the config).</summary>
    public string Outputs => Path.Combine(_work.Path, "out");

    public LocalGitRepository Repository(string name)
    {
        if (!_repositories.TryGetValue(name, out var repository))
        {
            repository = new LocalGitRepository(name, Remotes);
            _repositories[name] = repository;
        }

        return repository;
    }

    public void Configure(string yaml) => File.WriteAllText(ConfigFile, yaml.Replace("{baseurl}", BaseUrl.TrimEnd('/'), StringComparison.Ordinal).Replace("{out}", Outputs, StringComparison.Ordinal));

    /// <summary>Posts a signed GitHub push of <paramref name="after"/> to <paramref name="branch"/>; returns the delivery id.</summary>
    public async Task<string> PushAsync(string repository, string branch, string after, string before = GitHubPush.Zeros, string email = "ada@example.org", bool deleted = false, string? reference = null)
    {
        byte[] body = GitHubPush.Body(repository, reference ?? "refs/heads/" + branch, before, after, Repository(repository).Url, email: email, deleted: deleted);
        var headers = new Dictionary<string, string>
        {
            ["X-GitHub-Event"] = "push",
            ["X-GitHub-Delivery"] = Guid.NewGuid().ToString(),
            ["X-Hub-Signature-256"] = "sha256=" + ForgeSigner.HexHmac(Secret, body),
        };
        using var response = await PostAsync("github", body, headers);
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return answer.RootElement.GetProperty("delivery").GetString()!;
    }

    public async Task<BuildView[]> BuildsAsync()
    {
        using var client = CreateAdminClient();
        return (await client.GetFromJsonAsync<BuildView[]>("/plugins/package-builds/api/builds?limit=500", JsonSerializerOptions.Web))!;
    }

    /// <summary>Waits until the builds satisfy <paramref name="done"/>; returns them, newest first.</summary>
    public Task<BuildView[]> WaitForBuildsAsync(Func<BuildView[], bool> done, string what, TimeSpan? timeout = null) =>
        Eventually.Get(BuildsAsync, done, what, timeout ?? TimeSpan.FromSeconds(60));

    public static bool Over(BuildView build) => build.Status is not ("queued" or "running");

    public string Output(string file) => File.ReadAllText(Path.Combine(Outputs, file)).Trim();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.DisposeAsync().AsTask().GetAwaiter().GetResult();
            foreach (var repository in _repositories.Values)
            {
                repository.Dispose();
            }

            _work.Dispose();
        }
    }
}
