using Hooks.Testing;

namespace Hooks.EndToEnd.Tests.Deploy;

/// <summary>
/// A receiver and three workers, containers of the image, on one PostgreSQL: deliveries whose plugin runs each
/// enqueue a job; every job runs once, every worker takes a share, and a worker killed mid-run loses nothing.
/// </summary>
public sealed class ScaleOutFacts : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly PostgresFixture _postgres;
    private readonly TempDirectory _plugins = FixturePlugins.CopyTo(new TempDirectory("hooks-cluster-plugins"), "Hooks.Fixtures.Recorder");
    private GatewayCluster _cluster = null!;

    public ScaleOutFacts(PostgresFixture postgres) => _postgres = postgres;

    public async Task InitializeAsync()
    {
        _cluster = await GatewayCluster.StartAsync(await _postgres.Server.CreateDatabaseAsync(), _plugins.Path, workers: 3);
    }

    [Fact]
    public async Task Two_thousand_deliveries_run_their_jobs_once_each_with_every_worker_taking_a_share()
    {
        await _cluster.PostPushesAsync(2000);
        var first = await Eventually.Get(_cluster.FollowUpsAsync, f => f.Distinct == 2000, "2,000 follow-up jobs", TimeSpan.FromMinutes(4));
        await Task.Delay(TimeSpan.FromSeconds(2)); // a job run twice would show by now

        var settled = await _cluster.FollowUpsAsync();
        Assert.Equal(2000, settled.Runs);
        Assert.Equal(["worker-1", "worker-2", "worker-3"], first.ByNode.Where(n => n.Value > 0).Select(n => n.Key).Order());
    }

    [Fact]
    public async Task A_worker_killed_mid_run_loses_none_of_the_jobs()
    {
        await _cluster.PostPushesAsync(2000);
        await Eventually.Get(_cluster.FollowUpsAsync, f => f.Distinct >= 400, "the two thousand under way", TimeSpan.FromMinutes(4));
        await _cluster.Workers[2].KillAsync();
        FollowUps after;
        try
        {
            after = await Eventually.Get(_cluster.FollowUpsAsync, f => f.Distinct == 2000, "every job of the killed worker taken up", TimeSpan.FromMinutes(6));
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException($"{error.Message}\nnot run:\n{await _cluster.MissingAsync()}", error);
        }

        Assert.True(after.Runs - after.Distinct <= 50, $"{after.Runs - after.Distinct} jobs ran twice after the kill (at most the killed worker's unfinished batch)");
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _plugins.Dispose();
    }
}
