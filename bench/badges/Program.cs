using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hooks.Plugins.Badges.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run --project bench/badges -c Release [devices=200] [open issues=3000] [seconds per load=10]
int devices = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
int issues = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3000;
int seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;

using var gateway = new BadgesGateway();
gateway.GitLab.MaxPerPage = 100;
gateway.Settings["Logging:LogLevel:Default"] = "Warning";
Stock(gateway.GitLab, devices, issues);
gateway.StartOnPort();
using var client = new HttpClient { BaseAddress = gateway.Address };
client.DefaultRequestHeaders.Authorization = new("Bearer", BadgesGateway.AdminToken);
var monitoring = gateway.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
Console.WriteLine($"project: {devices} devices, {issues} open issues, GitLab pages of 100 (fake GitLab on WireMock.Net, embedded SQLite store)");

await Refresh("first refresh (creates every badge)");
await Refresh("refresh with nothing changed");
gateway.GitLab.Change(g => g.Issues.RemoveAll(i => i.Labels.Contains("D:Device-0001")));
await Refresh("refresh after one device recovered");
await Load($"/plugins/badges/{gateway.ProjectSlug}/Device-0001.svg", "badge SVG");
await Load($"/plugins/badges/{gateway.ProjectSlug}/Device-0001.json", "shields JSON");
await Load($"/plugins/badges/{gateway.ProjectSlug}", "status page");

async Task Refresh(string what)
{
    int callsBefore = gateway.GitLab.Calls.Count;
    var watch = Stopwatch.StartNew();
    using var response = await client.PostAsync($"/plugins/badges/{gateway.ProjectSlug}/refresh", null);
    string job = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
    while (monitoring.JobDetails(job).History is var history && (history.Count == 0 || history[0].StateName != "Succeeded"))
    {
        if (history.Count > 0 && history[0].StateName == "Failed")
        {
            throw new InvalidOperationException($"the refresh failed: {history[0].Reason}");
        }

        await Task.Delay(10);
    }

    var calls = gateway.GitLab.Calls.Skip(callsBefore).GroupBy(c => c.Method).Select(g => $"{g.Count()} {g.Key}");
    Console.WriteLine($"{what}: {watch.Elapsed.TotalMilliseconds:0} ms from request to job done; GitLab calls: {string.Join(", ", calls)}");
}

async Task Load(string path, string what)
{
    const int Concurrency = 16;
    var latencies = new List<double>[Concurrency];
    var deadline = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async worker =>
    {
        latencies[worker] = [];
        while (deadline.Elapsed.TotalSeconds < seconds)
        {
            long start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            latencies[worker].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }));
    var all = latencies.SelectMany(l => l).Order().ToList();
    Console.WriteLine($"{what}: {all.Count / deadline.Elapsed.TotalSeconds:0} requests/s at {Concurrency} concurrent; p50 {all[all.Count / 2]:0.0} ms, p99 {all[(int)(all.Count * 0.99)]:0.0} ms");
}

static void Stock(FakeGitLab gitLab, int devices, int issues)
{
    string[] colours = ["#FF0000", "#00B140", "#0000FF", "#FFA500", "#800080", "#808080"];
    var random = new Random(42);
    gitLab.Change(g =>
    {
        g.Labels.AddRange(Enumerable.Range(1, devices).Select(d => new FakeLabel($"D:Device-{d:0000}", colours[d % colours.Length])));
        g.Labels.AddRange([new FakeLabel("CRITICAL", "#000000"), new FakeLabel("Information", "#0000FF"), new FakeLabel("Logbook", "#888888")]);
        string[] extras = ["CRITICAL", "Information", "Logbook", "bug"];
        g.Issues.AddRange(Enumerable.Range(1, issues).Select(i => FakeIssue.Open(
            i, $"Issue {i}", $"D:Device-{random.Next(1, devices + 1):0000}", extras[random.Next(extras.Length)])));
    });
}
