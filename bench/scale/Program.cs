using System.Diagnostics;
using Hooks.EndToEnd.Tests.Deploy;
using Hooks.Testing;

// A receiver and 1, 2 and 3 workers, containers of the gateway's image (built as the tests build it), on one
// PostgreSQL 15 on this machine. For each: N signed GitHub pushes from 16 senders; every push's recorder run enqueues
// a follow-up job; the figure is deliveries whose job has run, per second, from the first post to the last job.
int deliveries = args.Length > 0 ? int.Parse(args[0]) : 2000;
int[] counts = args.Length > 1 ? [.. args[1].Split(',').Select(int.Parse)] : [1, 2, 3];

await using var postgres = await PostgresServer.StartAsync();
using var plugins = FixturePlugins.CopyTo(new TempDirectory("hooks-scale-plugins"), "Hooks.Fixtures.Recorder");
Console.WriteLine("== image (deploy/base-image once, deploy/publish, docker build)");
var build = Stopwatch.StartNew();
await GatewayImage.EnsureAsync();
Console.WriteLine($"   ready in {build.Elapsed.TotalSeconds:0} s");

foreach (int workers in counts)
{
    await using var cluster = await GatewayCluster.StartAsync(await postgres.CreateDatabaseAsync(), plugins.Path, workers);
    var clock = Stopwatch.StartNew();
    await cluster.PostPushesAsync(deliveries);
    double answered = clock.Elapsed.TotalSeconds;
    var done = await Eventually.Get(cluster.FollowUpsAsync, f => f.Distinct == deliveries, "every follow-up job", TimeSpan.FromMinutes(15));
    double total = clock.Elapsed.TotalSeconds;
    string shares = string.Join(", ", done.ByNode.OrderBy(n => n.Key).Select(n => $"{n.Key} {n.Value}"));
    Console.WriteLine($"{workers} worker(s): {deliveries} deliveries answered in {answered:0.0} s; every job run after {total:0.0} s: {deliveries / total:0} deliveries/s end to end; runs {done.Runs} ({shares})");
}
