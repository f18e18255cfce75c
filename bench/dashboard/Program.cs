using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DashboardBench;
using Hooks.Plugins.Dashboard.Patterns;
using Hooks.Plugins.Dashboard.Tests.Support;

// Usage: dotnet run --project bench/dashboard -c Release [hooks=20] [projects=100] [days=30] [log MB=64]
int hooks = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
int projects = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
int days = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 30;
int logMegabytes = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 64;

Classification();
await HookToApiAsync();
await BackfillAsync();

void Classification()
{
    var patterns = PatternCatalog.BuiltIn();
    var logs = Enumerable.Range(0, logMegabytes * 4).Select(i => SyntheticLog.Make(i, 256 * 1024)).ToList();
    long bytes = logs.Sum(l => (long)Encoding.UTF8.GetByteCount(l));
    Classifier.Classify(logs[0], patterns); // warm up
    var watch = Stopwatch.StartNew();
    int errors = logs.Sum(log => Classifier.Classify(log, patterns).Errors.Count);
    double seconds = watch.Elapsed.TotalSeconds;
    Console.WriteLine($"classification: {bytes / 1e6:0.0} MB of log in {logs.Count} logs of 256 KB (ANSI colours, Julia test output, one error each) in {seconds:0.00} s: {bytes / 1e6 / seconds:0.0} MB/s with the 22 default patterns ({errors} errors found)");
}

async Task HookToApiAsync()
{
    using var gateway = new DashboardGateway();
    gateway.Settings["Logging:LogLevel:Default"] = "Warning";
    gateway.Settings["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
    var project = new FakeProject(700, "gitlab-org/latency");
    gateway.GitLab.Projects.Add(project);
    using var client = gateway.CreateClient();
    var latencies = new List<double>();
    for (int i = 0; i < hooks + 1; i++)
    {
        long pipelineId = 70_000 + i, jobId = 700_000 + i;
        var job = new FakeJob(jobId, "Julia 1.10", "failed", SyntheticLog.Make(i, 256 * 1024));
        gateway.GitLab.Change(g => project.Pipelines.Add(new FakePipeline(pipelineId, "running", DashboardGateway.NightlyUser, "schedule", Nights.Ago(0), [job])));
        await gateway.HandledAsync(await gateway.PostHookAsync("Pipeline Hook", GitLabHooks.Pipeline(project, pipelineId, "running", DashboardGateway.NightlyUser, "schedule", Nights.Ago(0))));
        var watch = Stopwatch.StartNew();
        await gateway.PostHookAsync("Job Hook", GitLabHooks.Job(project, pipelineId, job, Nights.Ago(0)));
        while (true)
        {
            using var answer = await client.GetAsync($"/plugins/dashboard/api/jobs/{jobId}");
            if (answer.IsSuccessStatusCode && JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("shown").GetArrayLength() > 0)
            {
                break;
            }

            await Task.Delay(5);
        }

        if (i > 0)
        {
            latencies.Add(watch.Elapsed.TotalMilliseconds); // the first one warms the gateway up
        }
    }

    latencies.Sort();
    Console.WriteLine($"Job Hook to classified errors in GET /api/jobs/{{id}} (256 KB log from the fake GitLab, embedded store), {hooks} hooks one after another: median {latencies[latencies.Count / 2]:0} ms, p95 {latencies[(int)(latencies.Count * 0.95) - 1]:0} ms, max {latencies[^1]:0} ms");
}

async Task BackfillAsync()
{
    using var gateway = new DashboardGateway();
    gateway.Settings["Logging:LogLevel:Default"] = "Warning";
    gateway.Settings["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
    gateway.Settings.Remove("Hooks:Plugins:dashboard:Groups:0:Sources:0"); // the original's way: the bot user's pipelines
    var random = new Random(16);
    string[] sampleLogs = [.. Enumerable.Range(0, 5).Select(j => SyntheticLog.Make(j, 64 * 1024))]; // shared: 15,000 jobs, five texts
    int failedPipelines = 0;
    for (int p = 0; p < projects; p++)
    {
        var project = new FakeProject(1000 + p, $"gitlab-org/project-{p:000}");
        for (int d = days - 1; d >= 0; d--)
        {
            bool failed = random.NextDouble() < 0.1;
            failedPipelines += failed ? 1 : 0;
            long id = 100_000 + (p * 100) + (days - d);
            var jobs = Enumerable.Range(0, 5).Select(j => new FakeJob(id * 10 + j, $"Julia 1.{6 + j}", failed && j < 2 ? "failed" : "success", sampleLogs[j])).ToList();
            project.Pipelines.Add(new FakePipeline(id, failed ? "failed" : "success", DashboardGateway.NightlyUser, "schedule", Nights.Ago(d), jobs));
        }

        gateway.GitLab.Projects.Add(project);
    }

    Console.WriteLine($"backfill: {projects} projects × {days} nights (one nightly each, 5 jobs, 10% of nights failed with 2 failed jobs: {failedPipelines} failed nights), GitLab pages of 100, no ApiRate:");
    foreach (string run in new[] { "first backfill (empty store)", "second backfill (nothing new)" })
    {
        int before = gateway.GitLab.Calls.Count;
        var watch = Stopwatch.StartNew();
        await gateway.BackfillAsync();
        var calls = gateway.GitLab.Calls.Skip(before).ToList();
        string Kind(string call) => call switch
        {
            _ when call.Contains("/groups/", StringComparison.Ordinal) => "group projects",
            _ when call.Contains("/issues", StringComparison.Ordinal) => "issues",
            _ when call.EndsWith("/trace", StringComparison.Ordinal) => "job logs",
            _ when call.Contains("/jobs", StringComparison.Ordinal) => "job lists",
            _ => "pipeline lists",
        };
        string byKind = string.Join(", ", calls.GroupBy(Kind).Select(g => $"{g.Count()} {g.Key}"));
        Console.WriteLine($"  {run}: {calls.Count} API calls ({byKind}) in {watch.Elapsed.TotalSeconds:0.0} s, logs classified included");
    }
}
