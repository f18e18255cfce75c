using Microsoft.Extensions.Hosting;

namespace Hooks.Fixtures.Faulty;

/// <summary>A hosted service of the plugin that throws on start when asked to.</summary>
public sealed class FaultyService : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        FaultySettings.FailIn == "HostedService" ? throw new InvalidOperationException("faulty: the hosted service failed to start") : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
