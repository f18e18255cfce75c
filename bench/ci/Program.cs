using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Bench;
using Hooks.Bench.Dispatch;
using Hooks.Testing;
using static Hooks.Bench.BenchKit;

// CI benchmark. Bare git repositories on disk; the gateway's Release binary, embedded store, with the CI plugin and
// Docker (image hooks-test/ci-busybox:1, made locally); 2 builds at a time (Workers: 2).
// 1. Delivery to first stage running: a push is posted one after the other; the first stage's start time (its row).
// 2. Builds per minute: many pushes at once of a one-line stage, from the first post to the last build's end.
// 3. Overhead: the same one-line stage run by hand with `docker run --rm -v checkout:/ws image sh -c ...`.
string binary = args[0];
string pluginBuild = args[1];
string work = args[2];
int pushes = args.Length > 3 ? int.Parse(args[3]) : 40;
int burst = args.Length > 4 ? int.Parse(args[4]) : 30;
const string Secret = "bench-secret";
const string Image = "hooks-test/ci-busybox:1";
const string OneLine = $"image: {Image}\nbuildTool: sh\nbranches: [ALL]\nstages: [{{name: build, script: ['echo hello from $GIT_HASH_SHORT']}}]\n";

string remotes = Path.Combine(work, "remotes");
CopyFolder(pluginBuild, Path.Combine(work, "plugins", "Hooks.Plugins.Ci"));
Directory.CreateDirectory(remotes);
var settings = new Dictionary<string, string>
{
    ["Hooks__AdminToken"] = "bench-admin",
    ["Hooks__Plugins__ci__Docker"] = "true",
    ["Hooks__Plugins__ci__Workers"] = "2",
};

await using (var gateway = await Gateway.StartAsync(binary, null, Path.Combine(work, "data"), Path.Combine(work, "plugins"), Secret, Path.Combine(work, "gateway.log"), settings))
{
    var latency = new LocalGitRepository("latency", remotes);
    latency.Commit("ocelot.yml", OneLine);
    Console.WriteLine($"== delivery to first stage running: {pushes} pushes, one after the other (Docker, warm mirror)");
    var latencies = new List<double>();
    var durations = new List<double>();
    for (int i = 0; i < pushes; i++)
    {
        string before = latency.Head();
        string commit = latency.Commit("CHANGES.md", $"change {i}");
        var posted = DateTimeOffset.UtcNow;
        await PushAsync(gateway, "latency", before, commit, latency.Url);
        var build = await WaitForAsync(gateway, commit, TimeSpan.FromMinutes(2));
        var status = (await gateway.Client.GetFromJsonAsync<JsonElement>($"/plugins/ci/v1/status?buildId={build.GetProperty("buildId").GetInt64()}"))!;
        var stage = status.GetProperty("stages").EnumerateArray().First(s => s.GetProperty("stage").GetString() == "build");
        if (i > 0)
        {
            latencies.Add((stage.GetProperty("startTime").GetDateTimeOffset() - posted).TotalMilliseconds);
            durations.Add(build.GetProperty("buildDuration").GetDouble());
        }
    }

    latencies.Sort();
    Console.WriteLine($"   p50 {Percentile(latencies, 0.5):0} ms, p99 {Percentile(latencies, 0.99):0} ms, max {latencies[^1]:0} ms (the first push, which fills the mirror, left out)");
    Console.WriteLine($"   a build (checkout, container, the stage, removal): mean {durations.Average() * 1000:0} ms");

    var many = new LocalGitRepository("burst", remotes);
    many.Commit("ocelot.yml", OneLine);
    var commits = new List<(string Before, string After)>();
    for (int i = 0; i < burst; i++)
    {
        string before = many.Head();
        commits.Add((before, many.Commit("CHANGES.md", $"burst {i}")));
    }

    Console.WriteLine($"== builds per minute: {burst} pushes at once, one-line stage, Workers: 2 on {Environment.ProcessorCount} cores");
    var wall = Stopwatch.StartNew();
    await Task.WhenAll(commits.Select(c => PushAsync(gateway, "burst", c.Before, c.After, many.Url)));
    foreach (var (_, after) in commits)
    {
        await WaitForAsync(gateway, after, TimeSpan.FromMinutes(10));
    }

    wall.Stop();
    Console.WriteLine($"   {burst} builds in {wall.Elapsed.TotalSeconds:0.0} s: {burst / wall.Elapsed.TotalMinutes:0} builds per minute");

    Console.WriteLine("== by hand: docker run --rm -v <checkout>:/ws image sh -c 'cd /ws && echo ...', 10 times");
    string checkout = Path.Combine(work, "by-hand");
    LocalGitRepository.Git(work, "clone", "--quiet", many.Url, checkout);
    var byHand = new List<double>();
    for (int i = 0; i < 10; i++)
    {
        var run = Stopwatch.StartNew();
        using var docker = Process.Start(new ProcessStartInfo("docker", ["run", "--rm", "-v", $"{checkout}:/ws", Image, "/bin/sh", "-c", "cd /ws && echo hello"]) { RedirectStandardOutput = true })!;
        await docker.StandardOutput.ReadToEndAsync();
        await docker.WaitForExitAsync();
        byHand.Add(run.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine($"   mean {byHand.Average():0} ms; the build's own overhead (checkout, exec, log, rows, removal): {durations.Average() * 1000 - byHand.Average():0} ms per build");
}

static async Task<JsonElement> WaitForAsync(Gateway gateway, string commit, TimeSpan timeout)
{
    var deadline = Stopwatch.StartNew();
    while (deadline.Elapsed < timeout)
    {
        using var response = await gateway.Client.GetAsync($"/plugins/ci/v1/status?hash={commit}");
        if (response.IsSuccessStatusCode)
        {
            var sum = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("buildSum");
            string status = sum.GetProperty("status").GetString()!;
            if (status is "PASSED")
            {
                return sum;
            }

            if (status is "FAILED" or "FAILED_PRESTART")
            {
                throw new InvalidOperationException($"build of {commit} ended {status}: {sum}");
            }
        }

        await Task.Delay(20);
    }

    throw new TimeoutException($"the build of {commit} did not end in time");
}

static Task PushAsync(Gateway gateway, string repository, string before, string after, string cloneUrl) =>
    BenchKit.PushAsync(gateway, Secret, repository, before, after, cloneUrl);
