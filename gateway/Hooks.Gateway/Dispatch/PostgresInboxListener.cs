using Hooks.Gateway.Inbox;
using Npgsql;

namespace Hooks.Gateway.Dispatch;

/// <summary>Wakes this instance's dispatcher when any instance stores deliveries (PostgreSQL LISTEN/NOTIFY).</summary>
public sealed partial class PostgresInboxListener(NpgsqlDataSource dataSource, DispatchSignal signal, ILogger<PostgresInboxListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) => signal.Pulse();
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresInboxStore.NotifyChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                signal.Pulse();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (NpgsqlException exception)
            {
                Log.ListenFailed(logger, exception);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for new deliveries failed; polling until it reconnects")]
        public static partial void ListenFailed(ILogger logger, Exception exception);
    }
}
