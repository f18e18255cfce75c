using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hooks.Contracts.Platform;

/// <summary>
/// A plugin's repair round (runs whose job was lost, leases that ran out) at start and then every
/// <see cref="Every"/>. A round that fails, the database away or not yet migrated by another worker, is logged and
/// tried again at the next: a repair loop never takes its plugin out of service.
/// </summary>
public abstract partial class PeriodicRepair(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The clock rounds run by (a fake one in tests).</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>How long between two rounds.</summary>
    protected abstract TimeSpan Every { get; }

    /// <summary>What a round repairs, for the log: "builds that had lost their job".</summary>
    protected abstract string What { get; }

    /// <summary>One round; returns how many it repaired.</summary>
    public abstract Task<int> RepairAsync(CancellationToken cancellationToken);

    /// <summary>Repairs now, then every <see cref="Every"/> until stopped.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, Time);
        do
        {
            try
            {
                int repaired = await RepairAsync(stoppingToken);
                if (repaired > 0)
                {
                    Log.Repaired(logger, repaired, What);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Whatever failed this round, the next one tries again; the plugin stays in service.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.Failed(logger, What, Every, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Repaired {Count} {What}")]
        public static partial void Repaired(ILogger logger, int count, string what);

        [LoggerMessage(Level = LogLevel.Error, Message = "Looking for {What} failed; trying again in {Every}")]
        public static partial void Failed(ILogger logger, string what, TimeSpan every, Exception exception);
    }
}
