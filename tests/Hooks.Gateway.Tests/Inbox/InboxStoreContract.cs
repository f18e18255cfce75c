using Hooks.Contracts.Events;
using Hooks.Gateway.Inbox;

namespace Hooks.Gateway.Tests.Inbox;

/// <summary>What both stores (SQLite, PostgreSQL) must do alike.</summary>
public abstract class InboxStoreContract
{
    protected abstract Task<IInboxStore> CreateStoreAsync();

    protected static Delivery NewDelivery(string source = "github", string eventName = "push", string? key = null) => new(
        DeliveryIds.For(source, key ?? Guid.NewGuid().ToString()), source, Forge.GitHub, eventName, key,
        new Dictionary<string, string> { ["X-GitHub-Event"] = eventName }, "{\"zen\":\"x\"}"u8.ToArray(), DateTimeOffset.UtcNow, null);

    [Fact]
    public async Task Stored_delivery_reads_back_whole()
    {
        var store = await CreateStoreAsync();
        var delivery = NewDelivery() with { TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" };

        bool[] stored = await store.InsertAsync([delivery], default);
        Assert.Equal([true], stored);
        var read = await store.GetAsync(delivery.Id, default);

        Assert.NotNull(read);
        Assert.Equal(delivery.Body, read.Body);
        Assert.Equal(delivery.Headers, read.Headers);
        Assert.Equal(delivery.TraceParent, read.TraceParent);
        Assert.Equal(delivery.ReceivedAt.ToUnixTimeMilliseconds(), read.ReceivedAt.ToUnixTimeMilliseconds());
        Assert.Null(read.DispatchedAt);
    }

    [Fact]
    public async Task Same_delivery_stored_twice_is_kept_once()
    {
        var store = await CreateStoreAsync();
        var delivery = NewDelivery(key: "same");

        bool[] first = await store.InsertAsync([delivery, NewDelivery()], default);
        bool[] second = await store.InsertAsync([delivery], default);

        Assert.Equal([true, true], first);
        Assert.Equal([false], second);
        Assert.Equal(2, await store.CountAsync(default));
    }

    [Fact]
    public async Task Claims_by_two_dispatchers_never_overlap_and_leases_hold_until_they_expire()
    {
        var store = await CreateStoreAsync();
        await store.InsertAsync([.. Enumerable.Range(0, 40).Select(_ => NewDelivery())], default);

        var claims = await Task.WhenAll(
            store.ClaimUndispatchedAsync(25, TimeSpan.FromMinutes(1), default),
            store.ClaimUndispatchedAsync(25, TimeSpan.FromMinutes(1), default));
        var again = await store.ClaimUndispatchedAsync(100, TimeSpan.FromMinutes(1), default);

        var ids = claims.SelectMany(c => c.Select(d => d.Id)).ToList();
        Assert.Equal(40, ids.Count);
        Assert.Equal(40, ids.Distinct().Count());
        Assert.Empty(again);
    }

    [Fact]
    public async Task Expired_claim_is_taken_again_but_dispatched_deliveries_never_are()
    {
        var store = await CreateStoreAsync();
        var dispatched = NewDelivery();
        var abandoned = NewDelivery();
        await store.InsertAsync([dispatched, abandoned], default);

        await store.ClaimUndispatchedAsync(10, TimeSpan.FromMilliseconds(1), default);
        await store.MarkDispatchedAsync([new DispatchedDelivery(dispatched.Id, ["push"], [])], default);
        await Task.Delay(20);
        var reclaimed = await store.ClaimUndispatchedAsync(10, TimeSpan.FromMinutes(1), default);

        Assert.Equal([abandoned.Id], reclaimed.Select(d => d.Id));
        Assert.NotNull((await store.GetAsync(dispatched.Id, default))!.DispatchedAt);
    }

    [Fact]
    public async Task Claims_are_released_on_recovery_after_a_restart()
    {
        var store = await CreateStoreAsync();
        var delivery = NewDelivery();
        await store.InsertAsync([delivery], default);
        await store.ClaimUndispatchedAsync(10, TimeSpan.FromHours(1), default);

        await store.RecoverAfterRestartAsync(default);

        Assert.Equal([delivery.Id], (await store.ClaimUndispatchedAsync(10, TimeSpan.FromMinutes(1), default)).Select(d => d.Id));
    }

    [Fact]
    public async Task Fan_out_makes_one_pending_pair_per_plugin_once_and_records_the_kinds()
    {
        var store = await CreateStoreAsync();
        var delivery = await StoredAsync(store);

        await store.MarkDispatchedAsync([new DispatchedDelivery(delivery.Id, ["push", "tag_push"], ["a", "b"])], default);
        await store.MarkDispatchedAsync([new DispatchedDelivery(delivery.Id, ["push"], ["a"])], default);

        var outcomes = await store.OutcomesAsync(delivery.Id, default);
        Assert.Equal([("a", OutcomeStatus.Pending), ("b", OutcomeStatus.Pending)], outcomes.Select(o => (o.Plugin, o.Status)));
        var listed = Assert.Single(await store.ListAsync(new DeliveryQuery(Kind: "push"), default));
        Assert.Equal(["push"], listed.Kinds);
        Assert.NotNull((await store.GetAsync(delivery.Id, default))!.DispatchedAt);
    }

    [Fact]
    public async Task Two_runs_never_claim_the_same_pair_and_a_pair_runs_once_while_its_lease_lives()
    {
        var store = await CreateStoreAsync();
        var deliveries = new List<Delivery>();
        for (int i = 0; i < 30; i++)
        {
            deliveries.Add(await StoredAsync(store));
        }

        await store.MarkDispatchedAsync([.. deliveries.Select(d => new DispatchedDelivery(d.Id, ["push"], ["p"]))], default);

        var runs = await Task.WhenAll(
            store.ClaimRunsAsync("p", 20, Guid.NewGuid(), TimeSpan.FromMinutes(1), default),
            store.ClaimRunsAsync("p", 20, Guid.NewGuid(), TimeSpan.FromMinutes(1), default));
        var again = await store.ClaimRunsAsync("p", 50, Guid.NewGuid(), TimeSpan.FromMinutes(1), default);

        var ids = runs.SelectMany(r => r.Select(c => c.Delivery.Id)).ToList();
        Assert.Equal(30, ids.Count);
        Assert.Equal(30, ids.Distinct().Count());
        Assert.All(runs.SelectMany(r => r), c => Assert.Equal(1, c.Attempt));
        Assert.Empty(again);
        Assert.Empty(await store.ClaimRunsAsync("other", 50, Guid.NewGuid(), TimeSpan.FromMinutes(1), default));
    }

    [Fact]
    public async Task Pair_of_a_run_whose_lease_ran_out_runs_again_and_the_stale_run_can_no_longer_record()
    {
        var store = await CreateStoreAsync();
        var delivery = await PendingAsync(store);
        var stale = Guid.NewGuid();
        var fresh = Guid.NewGuid();

        Assert.Single(await store.ClaimRunsAsync("p", 10, stale, TimeSpan.FromMilliseconds(1), default));
        await Task.Delay(20);
        var taken = Assert.Single(await store.ClaimRunsAsync("p", 10, fresh, TimeSpan.FromMinutes(1), default));

        Assert.Equal(2, taken.Attempt);
        Assert.Equal(0, await store.RenewLeaseAsync("p", stale, TimeSpan.FromMinutes(1), default));
        Assert.Equal(0, await store.FinishRunAsync("p", stale, [delivery.Id], new RunFinish(OutcomeStatus.Failed, "stale"), default));
        Assert.Equal(1, await store.FinishRunAsync("p", fresh, [delivery.Id], RunFinish.Succeeded, default));
        Assert.Equal(0, await store.FinishRunAsync("p", stale, [delivery.Id], new RunFinish(OutcomeStatus.Failed, "stale"), default));
        var outcome = Assert.Single(await store.OutcomesAsync(delivery.Id, default));
        Assert.Equal((OutcomeStatus.Succeeded, 2, null), (outcome.Status, outcome.Attempts, outcome.LastError));
    }

    [Fact]
    public async Task Renewed_lease_keeps_the_pair_with_its_run()
    {
        var store = await CreateStoreAsync();
        await PendingAsync(store);
        var run = Guid.NewGuid();
        Assert.Single(await store.ClaimRunsAsync("p", 10, run, TimeSpan.FromMilliseconds(300), default));

        Assert.Equal(1, await store.RenewLeaseAsync("p", run, TimeSpan.FromMinutes(1), default));
        await Task.Delay(400);

        Assert.Empty(await store.ClaimRunsAsync("p", 10, Guid.NewGuid(), TimeSpan.FromMinutes(1), default));
    }

    [Fact]
    public async Task Retry_job_takes_only_the_pair_that_waits_for_it()
    {
        var store = await CreateStoreAsync();
        var delivery = await PendingAsync(store);
        var run = Guid.NewGuid();
        Assert.Single(await store.ClaimRunsAsync("p", 10, run, TimeSpan.FromMinutes(1), default));

        Assert.Equal(JobStart.HeldElsewhere, (await store.TryStartJobAsync(delivery.Id, "p", "job-1", Guid.NewGuid(), TimeSpan.FromMinutes(1), default)).Start);
        await store.FinishRunAsync("p", run, [delivery.Id], new RunFinish(OutcomeStatus.Retrying, "boom", "job-1", DateTimeOffset.UtcNow.AddMinutes(5)), default);

        Assert.Equal(JobStart.Superseded, (await store.TryStartJobAsync(delivery.Id, "p", "job-2", Guid.NewGuid(), TimeSpan.FromMinutes(1), default)).Start);
        Assert.Empty(await store.ClaimRunsAsync("p", 10, Guid.NewGuid(), TimeSpan.FromMinutes(1), default));
        var jobRun = Guid.NewGuid();
        Assert.Equal((JobStart.Started, 2), await store.TryStartJobAsync(delivery.Id, "p", "job-1", jobRun, TimeSpan.FromMinutes(1), default));
        await store.FinishRunAsync("p", jobRun, [delivery.Id], RunFinish.Succeeded, default);
        Assert.Equal(JobStart.Superseded, (await store.TryStartJobAsync(delivery.Id, "p", "job-1", Guid.NewGuid(), TimeSpan.FromMinutes(1), default)).Start);
    }

    [Fact]
    public async Task Retrying_pair_whose_job_never_came_is_run_by_the_ledger_after_its_grace()
    {
        var store = await CreateStoreAsync();
        var delivery = await PendingAsync(store);
        var run = Guid.NewGuid();
        Assert.Single(await store.ClaimRunsAsync("p", 10, run, TimeSpan.FromMinutes(1), default));
        await store.FinishRunAsync("p", run, [delivery.Id], new RunFinish(OutcomeStatus.Retrying, "boom", "lost-job", DateTimeOffset.UtcNow.AddMilliseconds(1)), default);
        await Task.Delay(20);

        var taken = Assert.Single(await store.ClaimRunsAsync("p", 10, Guid.NewGuid(), TimeSpan.FromMinutes(1), default));

        Assert.Equal(2, taken.Attempt);
    }

    [Fact]
    public async Task Replay_resets_a_finished_pair_but_is_refused_while_a_run_holds_it()
    {
        var store = await CreateStoreAsync();
        var delivery = await PendingAsync(store);
        var run = Guid.NewGuid();
        Assert.Single(await store.ClaimRunsAsync("p", 10, run, TimeSpan.FromMinutes(1), default));

        var refused = await store.ResetForReplayAsync(delivery.Id, "p", default);
        await store.FinishRunAsync("p", run, [delivery.Id], RunFinish.Succeeded, default);
        var reset = await store.ResetForReplayAsync(delivery.Id, "p", default);
        var created = await store.ResetForReplayAsync(delivery.Id, "q", default);

        Assert.False(refused.Reset);
        Assert.NotNull(refused.RunningUntil);
        Assert.True(reset.Reset);
        Assert.True(created.Reset);
        Assert.Equal(0, await store.FinishRunAsync("p", run, [delivery.Id], new RunFinish(OutcomeStatus.Failed, "late"), default));
        var again = Assert.Single(await store.ClaimRunsAsync("p", 10, Guid.NewGuid(), TimeSpan.FromMinutes(1), default));
        Assert.Equal(1, again.Attempt);
    }

    [Fact]
    public async Task Recovery_makes_running_and_retrying_pairs_pending()
    {
        var store = await CreateStoreAsync();
        var running = await PendingAsync(store);
        var retrying = await PendingAsync(store);
        var run = Guid.NewGuid();
        Assert.Equal(2, (await store.ClaimRunsAsync("p", 10, run, TimeSpan.FromHours(1), default)).Count);
        await store.FinishRunAsync("p", run, [retrying.Id], new RunFinish(OutcomeStatus.Retrying, "boom", "job", DateTimeOffset.UtcNow.AddHours(1)), default);

        Assert.Equal(2, await store.RecoverAfterRestartAsync(default));

        var again = await store.ClaimRunsAsync("p", 10, Guid.NewGuid(), TimeSpan.FromHours(1), default);
        Assert.Equal(new[] { running.Id, retrying.Id }.Order(), again.Select(c => c.Delivery.Id).Order());
    }

    [Fact]
    public async Task Retention_deletes_old_finished_deliveries_and_keeps_unfinished_and_recent_ones()
    {
        var store = await CreateStoreAsync();
        var old = await StoredAsync(store, DateTimeOffset.UtcNow.AddDays(-40));
        var oldUnfinished = await StoredAsync(store, DateTimeOffset.UtcNow.AddDays(-40));
        var oldUndispatched = await StoredAsync(store, DateTimeOffset.UtcNow.AddDays(-40));
        var recent = await StoredAsync(store);
        await store.MarkDispatchedAsync(
            [new DispatchedDelivery(old.Id, ["push"], ["p"]), new DispatchedDelivery(oldUnfinished.Id, ["push"], ["q"]), new DispatchedDelivery(recent.Id, ["push"], ["p"])], default);
        var run = Guid.NewGuid();
        await store.ClaimRunsAsync("p", 10, run, TimeSpan.FromMinutes(1), default);
        await store.FinishRunAsync("p", run, [old.Id, recent.Id], RunFinish.Succeeded, default);

        int deleted = await store.DeleteFinishedAsync(DateTimeOffset.UtcNow.AddDays(-30), 100, default);

        Assert.Equal(1, deleted);
        Assert.Null(await store.GetAsync(old.Id, default));
        Assert.Empty(await store.OutcomesAsync(old.Id, default));
        Assert.NotNull(await store.GetAsync(oldUnfinished.Id, default));
        Assert.NotNull(await store.GetAsync(oldUndispatched.Id, default));
        Assert.NotNull(await store.GetAsync(recent.Id, default));
        Assert.Equal(3, await store.CountAsync(default));
    }

    [Fact]
    public async Task List_filters_and_pages_newest_first()
    {
        var store = await CreateStoreAsync();
        var deliveries = new List<Delivery>();
        for (int i = 0; i < 5; i++)
        {
            deliveries.Add(await StoredAsync(store, DateTimeOffset.UtcNow.AddMinutes(i - 10), i % 2 == 0 ? "github" : "gitlab"));
        }

        await store.MarkDispatchedAsync([new DispatchedDelivery(deliveries[4].Id, ["issue"], ["p"])], default);
        var run = Guid.NewGuid();
        await store.ClaimRunsAsync("p", 10, run, TimeSpan.FromMinutes(1), default);
        await store.FinishRunAsync("p", run, [deliveries[4].Id], new RunFinish(OutcomeStatus.Failed, "boom"), default);

        var github = await store.ListAsync(new DeliveryQuery(Source: "github"), default);
        var secondPage = await store.ListAsync(new DeliveryQuery(Page: 2, PageSize: 2), default);
        var failed = await store.ListAsync(new DeliveryQuery(Status: OutcomeStatus.Failed), default);
        var ofPlugin = await store.ListAsync(new DeliveryQuery(Plugin: "p"), default);
        var failedElsewhere = await store.ListAsync(new DeliveryQuery(Status: OutcomeStatus.Failed, Plugin: "q"), default);
        var issues = await store.ListAsync(new DeliveryQuery(Kind: "issue"), default);
        var lately = await store.ListAsync(new DeliveryQuery(Since: deliveries[3].ReceivedAt, Until: deliveries[4].ReceivedAt), default);

        Assert.Equal([deliveries[4].Id, deliveries[2].Id, deliveries[0].Id], github.Select(d => d.Id));
        Assert.Equal([deliveries[2].Id, deliveries[1].Id], secondPage.Select(d => d.Id));
        Assert.Equal([deliveries[4].Id], failed.Select(d => d.Id));
        Assert.Equal([deliveries[4].Id], ofPlugin.Select(d => d.Id));
        Assert.Empty(failedElsewhere);
        Assert.Equal([deliveries[4].Id], issues.Select(d => d.Id));
        Assert.Equal([deliveries[3].Id], lately.Select(d => d.Id));
    }

    private static async Task<Delivery> StoredAsync(IInboxStore store, DateTimeOffset? receivedAt = null, string source = "github")
    {
        var delivery = NewDelivery(source) with { ReceivedAt = receivedAt ?? DateTimeOffset.UtcNow };
        await store.InsertAsync([delivery], default);
        return delivery;
    }

    private static async Task<Delivery> PendingAsync(IInboxStore store)
    {
        var delivery = await StoredAsync(store);
        await store.MarkDispatchedAsync([new DispatchedDelivery(delivery.Id, ["push"], ["p"])], default);
        return delivery;
    }
}
