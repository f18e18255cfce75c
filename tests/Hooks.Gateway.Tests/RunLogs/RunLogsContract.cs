using Hooks.Contracts.Platform;
using Hooks.Gateway.RunLogs;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Tests.RunLogs;

/// <summary>What both stores must do; each store's facts class supplies a fresh, migrated store.</summary>
public abstract class RunLogsContract
{
    private readonly RunLogId _run = new("ci", Guid.NewGuid());

    /// <summary>A fresh store; a second call gives another store on the same database, as another process would have.</summary>
    protected abstract Task<RunLogStore> CreateStoreAsync(bool sameDatabase = false);

    protected static StoredRunLogs Logs(RunLogStore store, TimeProvider? time = null)
    {
        var signal = new RunLogSignal();
        var options = Options.Create(new RunLogOptions { PollInterval = TimeSpan.FromMilliseconds(50) });
        return new StoredRunLogs(store, signal, new RunLogFollower(store, signal, options), time ?? TimeProvider.System);
    }

    protected static OutputLine[] Lines(params string[] texts) =>
        texts.Select(t => new OutputLine(DateTimeOffset.UtcNow, OutputChannel.Output, t)).ToArray();

    [Fact]
    public async Task Appended_lines_are_read_back_in_order_numbered_from_one()
    {
        var logs = Logs(await CreateStoreAsync());

        Assert.Equal(2, await logs.AppendAsync(_run, Lines("one", "two"), default));
        Assert.Equal(3, await logs.AppendAsync(_run, [new OutputLine(DateTimeOffset.UtcNow, OutputChannel.Error, "three")], default));

        var lines = await logs.ReadAsync(_run, 0, 100, default);
        Assert.Equal(["one", "two", "three"], lines.Select(l => l.Text));
        Assert.Equal([1L, 2L, 3L], lines.Select(l => l.Number));
        Assert.Equal(OutputChannel.Error, lines[2].Stream);
        Assert.Equal(["three"], (await logs.ReadAsync(_run, 2, 100, default)).Select(l => l.Text));
        var info = await logs.FindAsync(_run, default);
        Assert.Equal(3, info!.Lines);
        Assert.False(info.IsCompleted);
    }

    [Fact]
    public async Task Escape_codes_carriage_returns_and_any_text_are_stored_as_written()
    {
        var logs = Logs(await CreateStoreAsync());
        string[] texts = ["\u001b[1;31mred\u001b[0m \u001b]0;title\u0007", "progress 10%\rprogress 100%", "ünïcødé ✓ 日本", "<b>&amp;</b>", ""];

        await logs.AppendAsync(_run, Lines(texts), default);

        Assert.Equal(texts, (await logs.ReadAsync(_run, 0, 100, default)).Select(l => l.Text));
    }

    [Fact]
    public async Task Concurrent_appends_to_one_run_are_numbered_without_gaps_or_repeats()
    {
        var logs = Logs(await CreateStoreAsync());

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (int batch = 0; batch < 10; batch++)
            {
                await logs.AppendAsync(_run, Lines($"{writer}.{batch}.a", $"{writer}.{batch}.b"), default);
            }
        })));

        var lines = await logs.ReadAsync(_run, 0, 1000, default);
        Assert.Equal(Enumerable.Range(1, 160).Select(n => (long)n), lines.Select(l => l.Number));
        Assert.Equal(160, lines.Select(l => l.Text).Distinct().Count());
        Assert.All(lines.Where(l => l.Text.EndsWith(".a", StringComparison.Ordinal)), a => Assert.Equal(a.Text[..^1] + "b", lines[(int)a.Number].Text));
    }

    [Fact]
    public async Task A_follower_elsewhere_gets_the_lines_appended_later_and_stops_when_the_run_completes()
    {
        var writer = Logs(await CreateStoreAsync());
        var reader = Logs(await CreateStoreAsync(sameDatabase: true));
        await writer.AppendAsync(_run, Lines("before"), default);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var seen = new List<RunLogLine>();
        var following = Task.Run(async () =>
        {
            await foreach (var line in reader.FollowAsync(_run, 0, timeout.Token))
            {
                seen.Add(line);
            }
        });

        for (int i = 0; i < 5; i++)
        {
            await Task.Delay(60);
            await writer.AppendAsync(_run, Lines($"live {i}"), default);
        }

        await writer.CompleteAsync(_run, default);
        await following;

        Assert.Equal(["before", "live 0", "live 1", "live 2", "live 3", "live 4"], seen.Select(l => l.Text));
        Assert.True((await reader.FindAsync(_run, default))!.IsCompleted);
    }

    [Fact]
    public async Task Following_from_an_offset_starts_after_that_line_and_a_completed_log_just_ends()
    {
        var logs = Logs(await CreateStoreAsync());
        await logs.AppendAsync(_run, Lines("1", "2", "3", "4"), default);
        await logs.CompleteAsync(_run, default);

        var lines = await logs.FollowAsync(_run, 2, default).ToListAsync();

        Assert.Equal(["3", "4"], lines.Select(l => l.Text));
    }

    [Fact]
    public async Task A_follower_waits_for_a_log_that_does_not_exist_yet()
    {
        var logs = Logs(await CreateStoreAsync());
        var following = logs.FollowAsync(_run, 0, default).ToListAsync().AsTask();
        await Task.Delay(100);

        await logs.AppendAsync(_run, Lines("late"), default);
        await logs.CompleteAsync(_run, default);

        Assert.Equal("late", Assert.Single(await following.WaitAsync(TimeSpan.FromSeconds(10))).Text);
    }

    [Fact]
    public async Task Logs_of_different_plugins_with_the_same_run_id_are_apart()
    {
        var logs = Logs(await CreateStoreAsync());
        var other = new RunLogId("packages", _run.Run);

        await logs.AppendAsync(_run, Lines("ci"), default);
        await logs.AppendAsync(other, Lines("packages"), default);

        Assert.Equal("ci", Assert.Single(await logs.ReadAsync(_run, 0, 10, default)).Text);
        Assert.Equal("packages", Assert.Single(await logs.ReadAsync(other, 0, 10, default)).Text);
    }

    [Fact]
    public async Task Retention_deletes_the_logs_not_written_since_the_cutoff_with_their_lines()
    {
        var store = await CreateStoreAsync();
        var old = new RunLogId("ci", "old-run");
        var then = DateTimeOffset.UtcNow.AddDays(-40);
        await store.AppendAsync(old, Lines("old"), then, default);
        await store.AppendAsync(_run, Lines("new"), DateTimeOffset.UtcNow, default);

        Assert.Equal(1, await store.DeleteOlderThanAsync(DateTimeOffset.UtcNow.AddDays(-30), 100, default));

        Assert.Null(await store.FindAsync(old, default));
        Assert.Empty(await store.ReadAsync(old, 0, 10, default));
        Assert.NotNull(await store.FindAsync(_run, default));
    }
}
