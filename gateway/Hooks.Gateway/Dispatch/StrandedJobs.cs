using Hooks.Gateway.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// Gives back jobs a worker fetched and never started: one killed between taking a job from Hangfire.PostgreSql's
/// queue and moving it to Processing leaves it Enqueued but fetched, and no other worker took it again (seen in the
/// scale-out test: a job stranded for minutes after a SIGKILL). Every half invisibility timeout, an Enqueued job fetched
/// longer ago than the timeout is made fetchable again; a job really started is Processing and keeps its fetch fresh.
/// </summary>
public sealed partial class StrandedJobs(StorageSettings storage, IOptions<JobStorageOptions> options, ILogger<StrandedJobs> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timeout = options.Value.InvisibilityTimeout;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(5, timeout.TotalSeconds / 2)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                int freed = await FreeAsync(timeout, stoppingToken);
                if (freed > 0)
                {
                    Log.Freed(logger, freed);
                }
            }
            catch (Exception error) when (error is NpgsqlException or TimeoutException)
            {
                Log.Failed(logger, error);
            }
        }
    }

    public async Task<int> FreeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(storage.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE hangfire.jobqueue q SET fetchedat = NULL
            FROM hangfire.job j
            WHERE q.jobid = j.id AND q.fetchedat IS NOT NULL AND j.statename = 'Enqueued'
              AND q.fetchedat < NOW() - make_interval(secs => @seconds)
            """, connection);
        command.Parameters.AddWithValue("seconds", timeout.TotalSeconds);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} jobs fetched by a worker that never started them were made fetchable again")]
        public static partial void Freed(ILogger logger, int count);

        [LoggerMessage(Level = LogLevel.Error, Message = "Looking for stranded jobs failed; trying again at the next interval")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
