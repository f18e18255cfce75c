using Hooks.Plugins.BuildControl.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.TestTasks;

/// <summary>
/// Every <c>RecoverEvery</c>, STARTED test tasks past <c>TestTimeout</c> go back to CREATED, so what a person reads is true
/// between the test system's polls too (each poll does the same before it hands tasks out).
/// </summary>
public sealed partial class TestTimeoutSweep(IServiceScopeFactory scopes, IOptions<BuildControlOptions> options, TimeProvider time, ILogger<TestTimeoutSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RecoverEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                int returned = await scope.ServiceProvider.GetRequiredService<TestHandOut>().ReturnExpiredAsync(time.GetUtcNow(), stoppingToken);
                if (returned > 0)
                {
                    Log.Returned(logger, returned, options.Value.TestTimeout);
                }
            }
            catch (Exception error) when (error is DbUpdateException or InvalidOperationException or TimeoutException)
            {
                Log.Failed(logger, error);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} test tasks had no result within {Timeout} and went back to CREATED")]
        public static partial void Returned(ILogger logger, int count, TimeSpan timeout);

        [LoggerMessage(Level = LogLevel.Error, Message = "Returning timed-out test tasks failed; trying again at the next interval")]
        public static partial void Failed(ILogger logger, Exception exception);
    }
}
