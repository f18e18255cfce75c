using System.Globalization;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// Removes, in every worker process, workspaces kept after a failure once their time is up, and workspaces a process
/// that died left behind once untouched for <see cref="WorkspaceOptions.AbandonedAfter"/>. A timer per process rather
/// than a Hangfire job: workspaces live on each machine's own disk.
/// </summary>
public sealed partial class WorkspaceSweeper(GitWorkspaces workspaces, IOptions<WorkspaceOptions> options, TimeProvider time, ILogger<WorkspaceSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                int removed = Sweep();
                if (removed > 0)
                {
                    Log.Removed(logger, removed);
                }
            }
            catch (IOException exception)
            {
                Log.Failed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Removes what has expired; returns how many workspaces went.</summary>
    public int Sweep()
    {
        if (!Directory.Exists(workspaces.Root))
        {
            return 0;
        }

        var now = time.GetUtcNow();
        int removed = 0;
        foreach (string marker in Directory.GetFiles(workspaces.Root, "*" + KeptDirectory.KeepSuffix))
        {
            string directory = marker[..^KeptDirectory.KeepSuffix.Length];
            bool expired = !DateTimeOffset.TryParse(File.ReadAllText(marker), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var until) || until <= now;
            if (expired)
            {
                DirectoryRemoval.Remove(directory);
                File.Delete(marker);
                removed++;
            }
        }

        foreach (string directory in Directory.GetDirectories(workspaces.Root))
        {
            if (!File.Exists(directory + KeptDirectory.KeepSuffix) && Directory.GetLastWriteTimeUtc(directory) < now.UtcDateTime - options.Value.AbandonedAfter)
            {
                DirectoryRemoval.Remove(directory);
                removed++;
            }
        }

        return removed;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} expired workspaces")]
        public static partial void Removed(ILogger logger, int count);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping workspaces failed; trying again at the next interval")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
