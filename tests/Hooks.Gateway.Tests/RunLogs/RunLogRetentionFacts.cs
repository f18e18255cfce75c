using Hangfire;
using Hangfire.Storage;
using Hooks.Contracts.Platform;
using Hooks.Gateway.RunLogs;
using Hooks.Gateway.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Gateway.Tests.RunLogs;

public sealed class RunLogRetentionFacts : IDisposable
{
    private readonly PlatformGateway _gateway = new();

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public void A_worker_schedules_the_run_log_retention_as_a_recurring_job()
    {
        using var connection = _gateway.Services.GetRequiredService<JobStorage>().GetConnection();

        Assert.Contains(connection.GetRecurringJobs(), job => job.Id == RunLogRetentionJob.RecurringId && job.Cron == new RunLogOptions().Cron);
    }

    [Fact]
    public async Task The_job_deletes_logs_older_than_KeepDays_and_keeps_the_rest()
    {
        var store = _gateway.Services.GetRequiredService<RunLogStore>();
        var old = new RunLogId("ci", "old");
        var recent = new RunLogId("ci", "recent");
        OutputLine[] line = [new(DateTimeOffset.UtcNow, OutputChannel.Output, "x")];
        await store.AppendAsync(old, line, DateTimeOffset.UtcNow.AddDays(-31), default);
        await store.AppendAsync(recent, line, DateTimeOffset.UtcNow.AddDays(-29), default);

        int deleted = await _gateway.Services.GetRequiredService<RunLogRetentionJob>().RunAsync(default);

        Assert.Equal(1, deleted);
        Assert.Null(await _gateway.RunLogs.FindAsync(old, default));
        Assert.NotNull(await _gateway.RunLogs.FindAsync(recent, default));
    }
}
