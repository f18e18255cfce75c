using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.PackageBuilds.Configuration;

/// <summary>Says at start what the configuration file has that was accepted but deserves a look.</summary>
public sealed partial class ConfigWarnings(BuildSettings settings, ILogger<ConfigWarnings> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (string warning in settings.Config.Warnings)
        {
            Log.Warning(logger, warning);
        }

        Log.Loaded(logger, settings.Config.File, settings.Config.Repositories.Count, settings.Config.Bootstrap.Name, settings.Config.Workers);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Package builds configuration: {Warning}")]
        public static partial void Warning(ILogger logger, string warning);

        [LoggerMessage(Level = LogLevel.Information, Message = "Package builds from {File}: {Repositories} repositories beside {Bootstrap}, {Workers} at a time")]
        public static partial void Loaded(ILogger logger, string file, int repositories, string bootstrap, int workers);
    }
}
