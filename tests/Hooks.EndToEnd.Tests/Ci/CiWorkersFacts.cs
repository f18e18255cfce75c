using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hooks.EndToEnd.Tests.Support;
using Hooks.Testing;

namespace Hooks.EndToEnd.Tests.Ci;

/// <summary>
/// CI workers as operators run them: gateway processes on one PostgreSQL take builds from the same queue; a worker
/// killed (SIGKILL) in the middle of a build leaves it to another, never <c>RUNNING</c> for good.
/// </summary>
public sealed partial class CiWorkersFacts(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly TempDirectory _work = new("hooks-e2e-ci");
    private readonly TempDirectory _plugins = SolutionPlugins.Only("Hooks.Plugins.Ci");

    private string Out => Path.Combine(_work.Path, "out");

    [Fact]
    public async Task Two_workers_on_one_PostgreSQL_split_twenty_builds_between_them()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        var repository = Repository("app");
        repository.Commit("ocelot.yml", "machineTag: shell\nbuildTool: sh\nbranches: [ALL]\nstages: [{name: build, script: ['sleep 0.5', 'echo built $GIT_HASH_SHORT']}]\n");
        await using var first = await GatewayProcess.StartAsync(database, settings: Settings());
        await using var second = await GatewayProcess.StartAsync(database, settings: Settings());

        var commits = new List<string>();
        for (int i = 0; i < 20; i++)
        {
            string before = repository.Head();
            string after = repository.Commit("change.txt", $"change {i}");
            commits.Add(after);
            await PushAsync(i % 2 == 0 ? first : second, repository.Url, before, after);
        }

        var builds = await Eventually.Get(
            () => BuildsAsync(first),
            b => b.Length == 20 && b.All(x => x.GetProperty("status").GetString() is "PASSED" or "FAILED"),
            "twenty builds to end",
            TimeSpan.FromSeconds(180));

        Assert.All(builds, b => Assert.Equal("PASSED", b.GetProperty("status").GetString()));
        Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), builds.Select(b => b.GetProperty("buildId").GetInt64()).Order());
        Assert.Equal(commits.Order(), builds.Select(b => b.GetProperty("hash").GetString()!).Order());
        var ranBy = new List<int>();
        foreach (var build in builds)
        {
            string log = await first.Client.GetStringAsync($"/plugins/ci/v1/logs?buildId={build.GetProperty("buildId").GetInt64()}");
            ranBy.Add(int.Parse(ProcessOf().Match(log).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal([first.ProcessId, second.ProcessId], ranBy.Distinct().Order());
    }

    [Fact]
    public async Task A_worker_killed_mid_build_leaves_it_to_the_other_which_runs_it_again_to_its_end()
    {
        string database = await postgres.Server.CreateDatabaseAsync();
        Directory.CreateDirectory(Out);
        var repository = Repository("app");
        string commit = repository.Commit("ocelot.yml", $"machineTag: shell\nbuildTool: sh\nbranches: [ALL]\nstages: [{{name: build, script: ['echo started >> {Out}/starts', 'sleep 5', 'echo finished >> {Out}/ends']}}]\n");

        await using var survivor = await GatewayProcess.StartAsync(database, roles: "receiver", settings: Settings());
        await using (var doomed = await GatewayProcess.StartAsync(database, settings: Settings()))
        {
            await PushAsync(survivor, repository.Url, GitHubPush.Zeros, commit);
            await Eventually.Get(() => Task.FromResult(Lines("starts")), starts => starts == 1, "the build to start", TimeSpan.FromSeconds(60));
            await doomed.KillAsync();
        }

        await using var worker = await GatewayProcess.StartAsync(database, roles: "worker", settings: Settings());
        var builds = await Eventually.Get(
            () => BuildsAsync(survivor),
            b => b.Length == 1 && b[0].GetProperty("status").GetString() is "PASSED" or "FAILED",
            "the build to end on the other worker",
            TimeSpan.FromSeconds(90));

        Assert.Equal("PASSED", builds[0].GetProperty("status").GetString());
        Assert.Equal(2, Lines("starts"));
        Assert.Equal(1, Lines("ends"));
        string log = await survivor.Client.GetStringAsync("/plugins/ci/v1/logs?buildId=1");
        Assert.Contains("(attempt 2)", log, StringComparison.Ordinal);
        Assert.Contains($"process {worker.ProcessId}", log, StringComparison.Ordinal);
    }

    private LocalGitRepository Repository(string name)
    {
        string remotes = Path.Combine(_work.Path, "remotes");
        Directory.CreateDirectory(remotes);
        return new LocalGitRepository(name, remotes);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Hooks__Plugins__Directory"] = _plugins.Path,
        ["Hooks__Plugins__ci__Docker"] = "false",
        ["Hooks__Plugins__ci__MachineTags__0"] = "shell",
        ["Hooks__Plugins__ci__RunLease"] = "00:00:03",
        ["Hooks__Plugins__ci__RecoverEvery"] = "00:00:01",
    };

    private static async Task<JsonElement[]> BuildsAsync(GatewayProcess gateway)
    {
        var page = await gateway.Client.GetFromJsonAsync<JsonElement>("/plugins/ci/v1/builds?pageSize=100");
        return [.. page.GetProperty("builds").EnumerateArray()];
    }

    private int Lines(string file)
    {
        string path = Path.Combine(Out, file);
        return File.Exists(path) ? File.ReadAllLines(path).Length : 0;
    }

    private static async Task PushAsync(GatewayProcess gateway, string url, string before, string after)
    {
        byte[] body = GitHubPush.Body("app", "refs/heads/main", before, after, url);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/github") { Content = content };
        request.Headers.Add("X-GitHub-Event", "push");
        request.Headers.Add("X-GitHub-Delivery", Guid.NewGuid().ToString());
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + ForgeSigner.HexHmac(GatewayProcess.Secret, body));
        using var response = await gateway.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    [GeneratedRegex(@"SETUP \| Build \d+ \(attempt \d+\) on \S+, process (\d+)")]
    private static partial Regex ProcessOf();

    public void Dispose()
    {
        _plugins.Dispose();
        _work.Dispose();
    }
}
