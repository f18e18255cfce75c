using System.Collections.Concurrent;
using Hangfire;
using Hangfire.Storage;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hooks.Gateway.Tests.Dispatch;

/// <summary>
/// A worker killed in the middle of a job's state change leaves Hangfire.PostgreSql's lock row behind; until it counts
/// as abandoned no worker can start that job (Hangfire.PostgreSql's default: ten minutes; the scale-out test's lost job).
/// </summary>
[Collection("postgres")]
public sealed class AbandonedLockFacts(PostgresFixture postgres)
{
    [Fact]
    public async Task A_job_whose_state_lock_a_killed_worker_left_behind_two_minutes_ago_runs()
    {
        using var gateway = new GatewayFactory();
        gateway.Settings["ConnectionStrings:Hooks"] = await postgres.Server.CreateDatabaseAsync();
        _ = gateway.CreateClient();
        var storage = gateway.Services.GetRequiredService<JobStorage>();
        string token = Guid.NewGuid().ToString("N");
        string job = gateway.Services.GetRequiredService<IBackgroundJobClient>().Schedule(() => LockProbe.Run(token), TimeSpan.FromSeconds(5));

        // The lock exactly as Hangfire takes it for a state change, then aged: its holder died two minutes ago.
        using var connection = storage.GetConnection();
        var abandoned = connection.AcquireDistributedJobLock(job, TimeSpan.FromSeconds(5));
        await using (var database = new NpgsqlConnection(gateway.Settings["ConnectionStrings:Hooks"]))
        {
            await database.OpenAsync();
            await using var age = new NpgsqlCommand("UPDATE hangfire.lock SET acquired = acquired - interval '2 minutes' WHERE resource LIKE '%job:' || @job || ':state-lock'", database);
            age.Parameters.AddWithValue("job", job);
            Assert.Equal(1, await age.ExecuteNonQueryAsync());
        }

        await Eventually.Get(() => Task.FromResult(LockProbe.HasRun(token)), ran => ran, "the job behind the abandoned lock to run", TimeSpan.FromMinutes(2));
        GC.KeepAlive(abandoned);
    }
}

/// <summary>The job of <see cref="AbandonedLockFacts"/>: says it ran.</summary>
public static class LockProbe
{
    private static readonly ConcurrentDictionary<string, bool> Ran = new(StringComparer.Ordinal);

    public static void Run(string token) => Ran[token] = true;

    public static bool HasRun(string token) => Ran.ContainsKey(token);
}
