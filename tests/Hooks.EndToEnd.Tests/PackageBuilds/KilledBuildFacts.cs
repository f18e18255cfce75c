using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.EndToEnd.Tests.Support;
using Hooks.Testing;

namespace Hooks.EndToEnd.Tests.PackageBuilds;

/// <summary>
/// The embedded gateway killed (SIGKILL, its build's processes with it) in the middle of a package build, then started
/// again on the same data: the build runs again, once; it is neither lost nor doubled.
/// </summary>
public sealed class KilledBuildFacts : IDisposable
{
    private readonly TempDirectory _work = new("hooks-e2e-builds");
    private readonly TempDirectory _plugins = SolutionPlugins.Only("Hooks.Plugins.PackageBuilds");

    private string Data => Path.Combine(_work.Path, "data");

    private string Out => Path.Combine(_work.Path, "out");

    [Fact]
    public async Task A_build_killed_with_its_gateway_runs_again_once_after_the_restart()
    {
        string remotes = Path.Combine(_work.Path, "remotes");
        Directory.CreateDirectory(remotes);
        Directory.CreateDirectory(Out);
        new LocalGitRepository("amp_bootstrap", remotes).Commit("README.md", "bootstrap");
        string commit = new LocalGitRepository("amppd", remotes).Commit("README.md", "v1");
        string config = Path.Combine(_work.Path, "amp.yaml");
        await File.WriteAllTextAsync(config, $"""
            baseurl: {new Uri(remotes).AbsoluteUri}
            repos: [amppd]
            scripts:
              amppd: ['echo started >> {Out}/starts; sleep 5; echo finished >> {Out}/ends']
            """);
        var settings = new Dictionary<string, string>
        {
            ["Hooks__Plugins__Directory"] = _plugins.Path,
            ["Hooks__Plugins__package-builds__ConfigFile"] = config,
            ["Hooks__Plugins__package-builds__RunLease"] = "00:00:03",
            ["Hooks__Plugins__package-builds__RecoverEvery"] = "00:00:01",
        };

        await using (var first = await GatewayProcess.StartAsync(null, settings: settings, dataDirectory: Data))
        {
            await PushAsync(first, Path.Combine(remotes, "amppd.git"), commit);
            await Eventually.Get(() => Task.FromResult(Lines("starts")), starts => starts == 1, "the build to start");
            await first.KillAsync();
        }

        await using var second = await GatewayProcess.StartAsync(null, settings: settings, dataDirectory: Data);
        var builds = await Eventually.Get(
            () => second.Client.GetFromJsonAsync<JsonElement[]>("/plugins/package-builds/api/builds")!,
            b => b!.Length == 1 && b[0].GetProperty("status").GetString() == "succeeded",
            "the build to run again and succeed",
            TimeSpan.FromSeconds(90));

        Assert.Equal(2, Lines("starts"));
        Assert.Equal(1, Lines("ends"));
        Assert.Equal(2, builds![0].GetProperty("attempts").GetInt32());
        Assert.Equal(commit, builds[0].GetProperty("commit").GetString());
    }

    private int Lines(string file)
    {
        string path = Path.Combine(Out, file);
        return File.Exists(path) ? File.ReadAllLines(path).Length : 0;
    }

    private static async Task PushAsync(GatewayProcess gateway, string bare, string commit)
    {
        byte[] body = GitHubPush.Body("amppd", "refs/heads/main", GitHubPush.Zeros, commit, new Uri(bare).AbsoluteUri);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/github") { Content = content };
        request.Headers.Add("X-GitHub-Event", "push");
        request.Headers.Add("X-GitHub-Delivery", Guid.NewGuid().ToString());
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + ForgeSigner.HexHmac(GatewayProcess.Secret, body));
        using var response = await gateway.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose()
    {
        _plugins.Dispose();
        _work.Dispose();
    }
}
