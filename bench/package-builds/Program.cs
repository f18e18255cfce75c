using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Bench;
using Hooks.Bench.Dispatch;
using Hooks.Testing;
using static Hooks.Bench.BenchKit;

// Package builds benchmark. Nine repositories and a bootstrap repository (each of 2,000 files in 20 commits) in bare
// repositories on disk; the gateway's Release binary, embedded store, with the plugin; amp_ci's layout and scripts.
// 1. Delivery to first script: a push is posted, the first script writes the time it started.
// 2. The nine-repository fan-out of a bootstrap push with workers: 2, on this machine's cores: cold (no mirror yet)
//    and warm (mirrors fetched before).
// 3. The cost of a checkout: a build's start to its first script with a cold and a warm mirror cache, against
//    `git clone --recurse-submodules` of the same two repositories.
string binary = args[0];
string pluginBuild = args[1];
string work = args[2];
int pushes = args.Length > 3 ? int.Parse(args[3]) : 20;
const string Secret = "bench-secret";
string[] names = ["amppd", "amppd-ui", "amp_mediaprobe", "amp_mgms", "amp_python", "amp_tomcat", "galaxy", "mgm-evaluation-scripts", "whisper"];

string remotes = Path.Combine(work, "remotes");
string output = Path.Combine(work, "out");
string plugins = Path.Combine(work, "plugins", "Hooks.Plugins.PackageBuilds");
Directory.CreateDirectory(remotes);
Directory.CreateDirectory(output);
CopyFolder(pluginBuild, plugins);

Console.WriteLine($"== repositories: bootstrap and {names.Length} others, 2,000 files in 20 commits each");
var timer = Stopwatch.StartNew();
var repositories = names.Prepend("amp_bootstrap").ToDictionary(name => name, name => Populate(new LocalGitRepository(name, remotes)));
Console.WriteLine($"   made in {timer.Elapsed.TotalSeconds:0.0} s; {DirectorySize(Path.Combine(remotes, "amppd.git")) / 1048576.0:0.0} MiB each (bare)");

string config = Path.Combine(work, "amp.yaml");
await File.WriteAllTextAsync(config, $"""
    baseurl: {new Uri(remotes).AbsoluteUri}
    workers: 2
    repos: [{string.Join(", ", names)}]
    scripts:
      '*':
        - date +%s%N > {output}/first-$HOOKS_BUILD_ID
        - tar -czf {output}/package-$HOOKS_REPOSITORY.tar.gz -C src_repos $HOOKS_REPOSITORY
    """);
var settings = new Dictionary<string, string> { ["Hooks__Plugins__package-builds__ConfigFile"] = config, ["Hooks__AdminToken"] = "bench-admin" };

await using (var gateway = await Gateway.StartAsync(binary, null, Path.Combine(work, "data-cold"), Path.Combine(work, "plugins"), Secret, Path.Combine(work, "gateway-cold.log"), settings))
{
    gateway.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "bench-admin");
    Console.WriteLine("== nine-repository fan-out of a bootstrap push, workers: 2, cold (no mirror yet)");
    var cold = await FanOutAsync(gateway, repositories["amp_bootstrap"]);
    Console.WriteLine("== the same fan-out again, warm (every mirror fetched)");
    var warm = await FanOutAsync(gateway, repositories["amp_bootstrap"]);
    Console.WriteLine($"   checkout (build start to first script), mean of 9: cold {cold.Checkout.TotalSeconds:0.00} s, warm {warm.Checkout.TotalSeconds:0.00} s");

    Console.WriteLine($"== delivery to first script: {pushes} pushes to amppd, one after the other (warm mirrors)");
    var latencies = new List<double>();
    for (int i = 0; i < pushes; i++)
    {
        var repository = repositories["amppd"];
        string before = repository.Head();
        string commit = repository.Commit("CHANGES.md", $"change {i}");
        await Task.Delay(500); // the previous build's job ends a moment after its status does
        long posted = NowNanoseconds();
        await PushAsync(gateway, "amppd", before, commit, repository.Url);
        var build = (await WaitAsync(gateway, builds => builds.Where(b => b.GetProperty("commit").GetString() == commit && Over(b)).ToArray() is [var one] ? [one] : null, TimeSpan.FromMinutes(2)))[0];
        string first = Path.Combine(output, $"first-{build.GetProperty("id").GetString()}");
        latencies.Add((long.Parse(File.ReadAllText(first).Trim()) - posted) / 1e6);
    }

    latencies.Sort();
    Console.WriteLine($"   p50 {Percentile(latencies, 0.5):0} ms, p95 {Percentile(latencies, 0.95):0} ms, max {latencies[^1]:0} ms");
}

Console.WriteLine("== git clone --recurse-submodules of the bootstrap and amppd, fresh (what a build without the mirror cache costs)");
var clones = new List<double>();
for (int i = 0; i < 5; i++)
{
    string target = Path.Combine(work, "clones", i.ToString());
    var clone = Stopwatch.StartNew();
    LocalGitRepository.Git(work, "clone", "--quiet", "--recurse-submodules", repositories["amp_bootstrap"].Url, Path.Combine(target, "amp_bootstrap"));
    LocalGitRepository.Git(work, "clone", "--quiet", "--recurse-submodules", repositories["amppd"].Url, Path.Combine(target, "src_repos", "amppd"));
    clones.Add(clone.Elapsed.TotalSeconds);
}

Console.WriteLine($"   mean of 5: {clones.Average():0.00} s");

async Task<(TimeSpan Wall, TimeSpan Checkout)> FanOutAsync(Gateway gateway, LocalGitRepository bootstrap)
{
    string before = bootstrap.Head();
    string commit = bootstrap.Commit("CHANGES.md", $"bootstrap {Guid.NewGuid()}");
    var known = (await BuildsAsync(gateway)).Select(b => b.GetProperty("id").GetString()).ToHashSet();
    var wall = Stopwatch.StartNew();
    await PushAsync(gateway, "amp_bootstrap", before, commit, bootstrap.Url);
    var builds = await WaitAsync(gateway, all =>
    {
        var fresh = all.Where(b => !known.Contains(b.GetProperty("id").GetString())).ToArray();
        return fresh.Length == names.Length && fresh.All(Over) ? fresh : null;
    }, TimeSpan.FromMinutes(10));
    wall.Stop();
    var failed = builds.Where(b => b.GetProperty("status").GetString() != "succeeded").ToArray();
    if (failed.Length > 0)
    {
        throw new InvalidOperationException($"{failed.Length} builds did not succeed: {failed[0]}");
    }

    double busy = builds.Sum(b => b.GetProperty("durationSeconds").GetDouble());
    var checkouts = builds.Select(b =>
    {
        long first = long.Parse(File.ReadAllText(Path.Combine(output, $"first-{b.GetProperty("id").GetString()}")).Trim());
        return TimeSpan.FromMilliseconds((first / 1e6) - b.GetProperty("startedAt").GetDateTimeOffset().ToUnixTimeMilliseconds());
    }).ToArray();
    var checkout = TimeSpan.FromTicks((long)checkouts.Average(c => c.Ticks));
    Console.WriteLine($"   {names.Length} builds in {wall.Elapsed.TotalSeconds:0.0} s from the push to the last build's end; {busy:0.0} s of builds, {busy / wall.Elapsed.TotalSeconds:0.00} at a time on average");
    return (wall.Elapsed, checkout);
}

static bool Over(JsonElement build) => build.GetProperty("status").GetString() is not ("queued" or "running");

static async Task<JsonElement[]> BuildsAsync(Gateway gateway) =>
    (await gateway.Client.GetFromJsonAsync<JsonElement[]>("/plugins/package-builds/api/builds?limit=500"))!;

static async Task<JsonElement[]> WaitAsync(Gateway gateway, Func<JsonElement[], JsonElement[]?> done, TimeSpan timeout)
{
    var deadline = Stopwatch.StartNew();
    while (deadline.Elapsed < timeout)
    {
        if (done(await BuildsAsync(gateway)) is { } result)
        {
            return result;
        }

        await Task.Delay(20);
    }

    throw new TimeoutException("the builds did not end in time");
}

static Task PushAsync(Gateway gateway, string repository, string before, string after, string cloneUrl) =>
    BenchKit.PushAsync(gateway, Secret, repository, before, after, cloneUrl);

static LocalGitRepository Populate(LocalGitRepository repository)
{
    var random = new Random(repository.WorkPath.Length);
    for (int commit = 0; commit < 20; commit++)
    {
        for (int file = commit * 100; file < (commit + 1) * 100; file++)
        {
            string path = Path.Combine(repository.WorkPath, "src", $"d{file % 37}", $"file{file}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, string.Concat(Enumerable.Range(0, 60).Select(_ => random.NextInt64().ToString("x16") + "\n")));
        }

        LocalGitRepository.Git(repository.WorkPath, "add", "--all");
        LocalGitRepository.Git(repository.WorkPath, "commit", "--quiet", "-m", $"commit {commit}");
    }

    LocalGitRepository.Git(repository.WorkPath, "push", "--quiet", "origin", "HEAD");
    return repository;
}

static long NowNanoseconds() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
