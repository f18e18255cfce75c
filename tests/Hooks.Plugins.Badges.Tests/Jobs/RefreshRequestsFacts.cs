using Hangfire;
using Hangfire.InMemory;
using Hangfire.States;
using Hooks.Plugins.Badges.Jobs;
using Hooks.Plugins.Badges.Storage;
using Hooks.Plugins.Badges.Tests.Support;

namespace Hooks.Plugins.Badges.Tests.Jobs;

/// <summary>Coalescing, against Hangfire's in-memory storage with no server: jobs stay where the test puts them.</summary>
public sealed class RefreshRequestsFacts : IDisposable
{
    private readonly BadgesStore _store = new();
    private readonly InMemoryStorage _jobs;
    private readonly BackgroundJobClient _client;

    public RefreshRequestsFacts()
    {
        SilentHangfireLog.Use();
        _jobs = new InMemoryStorage(new InMemoryStorageOptions());
        _client = new BackgroundJobClient(_jobs);
    }

    public void Dispose()
    {
        _store.Dispose();
        _jobs.Dispose();
    }

    [Fact]
    public async Task A_request_joins_the_projects_refresh_waiting_in_the_queue()
    {
        var first = await RequestAsync("lab/a");
        var second = await RequestAsync("lab/a");

        Assert.False(first.Joined);
        Assert.True(second.Joined);
        Assert.Equal(first.JobId, second.JobId);
        Assert.Equal(1, _jobs.GetMonitoringApi().EnqueuedCount(BadgesPlugin.Queue));
    }

    [Fact]
    public async Task A_request_does_not_join_a_refresh_waiting_for_its_retry()
    {
        var failed = await RequestAsync("lab/a");
        _client.ChangeState(failed.JobId, new ScheduledState(TimeSpan.FromHours(1)) { Reason = "Retry attempt 3 of 9" });

        var next = await RequestAsync("lab/a");

        Assert.False(next.Joined);
        Assert.NotEqual(failed.JobId, next.JobId);
    }

    [Fact]
    public async Task A_stored_job_id_that_now_names_another_projects_job_is_not_joined()
    {
        var other = await RequestAsync("lab/b");
        await using (var db = _store.Open())
        {
            db.Projects.Add(new TrackedProject { Key = "lab/a", PendingJobId = other.JobId });
            await db.SaveChangesAsync();
        }

        var request = await RequestAsync("lab/a");

        Assert.False(request.Joined);
        Assert.NotEqual(other.JobId, request.JobId);
    }

    [Fact]
    public async Task Projects_coalesce_each_on_their_own()
    {
        var a = await RequestAsync("lab/a");
        var b = await RequestAsync("lab/b");

        Assert.False(b.Joined);
        Assert.NotEqual(a.JobId, b.JobId);
    }

    private async Task<RefreshRequest> RequestAsync(string project)
    {
        await using var db = _store.Open();
        return await new RefreshRequests(db, _client, _jobs).RequestAsync(project, CancellationToken.None);
    }
}
