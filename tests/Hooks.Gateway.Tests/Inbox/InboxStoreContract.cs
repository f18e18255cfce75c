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
        await store.MarkDispatchedAsync([dispatched.Id], default);
        await Task.Delay(20);
        var reclaimed = await store.ClaimUndispatchedAsync(10, TimeSpan.FromMinutes(1), default);

        Assert.Equal([abandoned.Id], reclaimed.Select(d => d.Id));
        Assert.NotNull((await store.GetAsync(dispatched.Id, default))!.DispatchedAt);
    }

    [Fact]
    public async Task Released_claims_are_taken_at_once()
    {
        var store = await CreateStoreAsync();
        var delivery = NewDelivery();
        await store.InsertAsync([delivery], default);
        await store.ClaimUndispatchedAsync(10, TimeSpan.FromHours(1), default);

        await store.ReleaseClaimsAsync(default);

        Assert.Equal([delivery.Id], (await store.ClaimUndispatchedAsync(10, TimeSpan.FromMinutes(1), default)).Select(d => d.Id));
    }

    [Fact]
    public async Task A_run_starts_once_while_its_lease_lives_and_never_after_success()
    {
        var store = await CreateStoreAsync();
        var delivery = NewDelivery();
        await store.InsertAsync([delivery], default);
        Assert.True(await store.AddPendingAsync(delivery.Id, "p", "job-1", default));
        Assert.False(await store.AddPendingAsync(delivery.Id, "p", "job-2", default));

        Assert.True(await store.TryStartAsync(delivery.Id, "p", TimeSpan.FromMinutes(1), default));
        Assert.False(await store.TryStartAsync(delivery.Id, "p", TimeSpan.FromMinutes(1), default));
        await store.FinishAsync(delivery.Id, "p", OutcomeStatus.Retrying, "boom", default);
        Assert.True(await store.TryStartAsync(delivery.Id, "p", TimeSpan.FromMinutes(1), default));
        await store.FinishAsync(delivery.Id, "p", OutcomeStatus.Succeeded, null, default);
        Assert.False(await store.TryStartAsync(delivery.Id, "p", TimeSpan.FromMinutes(1), default));

        var outcome = Assert.Single(await store.OutcomesAsync(delivery.Id, default));
        Assert.Equal((OutcomeStatus.Succeeded, 2, "job-1"), (outcome.Status, outcome.Attempts, outcome.JobId));
    }

    [Fact]
    public async Task A_run_whose_lease_expired_can_be_taken_over()
    {
        var store = await CreateStoreAsync();
        var delivery = NewDelivery();
        await store.InsertAsync([delivery], default);

        Assert.True(await store.TryStartAsync(delivery.Id, "p", TimeSpan.FromMilliseconds(1), default));
        await Task.Delay(20);

        Assert.True(await store.TryStartAsync(delivery.Id, "p", TimeSpan.FromMinutes(1), default));
    }

    [Fact]
    public async Task Reset_makes_a_succeeded_pair_runnable_again_and_unfinished_lists_it()
    {
        var store = await CreateStoreAsync();
        var delivery = NewDelivery();
        await store.InsertAsync([delivery], default);
        await store.TryStartAsync(delivery.Id, "p", TimeSpan.FromMinutes(1), default);
        await store.FinishAsync(delivery.Id, "p", OutcomeStatus.Succeeded, null, default);

        await store.ResetAsync(delivery.Id, "p", "job-9", default);

        Assert.Contains(await store.UnfinishedOutcomesAsync(default), o => o.DeliveryId == delivery.Id && o.Plugin == "p");
        Assert.True(await store.TryStartAsync(delivery.Id, "p", TimeSpan.FromMinutes(1), default));
    }

    [Fact]
    public async Task List_filters_and_pages_newest_first()
    {
        var store = await CreateStoreAsync();
        var deliveries = Enumerable.Range(0, 5).Select(i => NewDelivery(i % 2 == 0 ? "github" : "gitlab")).ToList();
        foreach (var delivery in deliveries)
        {
            await store.InsertAsync([delivery], default);
        }

        await store.TryStartAsync(deliveries[4].Id, "p", TimeSpan.FromMinutes(1), default);
        await store.FinishAsync(deliveries[4].Id, "p", OutcomeStatus.Failed, "boom", default);

        var github = await store.ListAsync(new DeliveryQuery(Source: "github"), default);
        var secondPage = await store.ListAsync(new DeliveryQuery(Page: 2, PageSize: 2), default);
        var failed = await store.ListAsync(new DeliveryQuery(Status: OutcomeStatus.Failed), default);

        Assert.Equal([deliveries[4].Id, deliveries[2].Id, deliveries[0].Id], github.Select(d => d.Id));
        Assert.Equal([deliveries[2].Id, deliveries[1].Id], secondPage.Select(d => d.Id));
        Assert.Equal([deliveries[4].Id], failed.Select(d => d.Id));
    }
}
