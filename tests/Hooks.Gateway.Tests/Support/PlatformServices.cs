using Hooks.Contracts.Platform;
using Hooks.Gateway.Extensions;
using Hooks.Gateway.RunLogs;
using Hooks.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hooks.Gateway.Tests.Support;

/// <summary>
/// The platform services as the gateway registers them (<c>AddHooksSources</c>, <c>AddHooksPlatform</c>), on the embedded store in a data
/// directory of their own, without the rest of the gateway.
/// </summary>
public sealed class PlatformServices : IAsyncDisposable
{
    private readonly TempDirectory _data = new("hooks-platform");
    private readonly WebApplication _app;

    private PlatformServices(IReadOnlyDictionary<string, string?> settings, TimeProvider? time)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _data.Path });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings) { ["Hooks:DataDirectory"] = settings.GetValueOrDefault("Hooks:DataDirectory") ?? _data.Path });
        builder.Services.AddSingleton(time ?? TimeProvider.System);
        builder.AddHooksSources();
        builder.AddHooksPlatform(new GatewayRoles(Receiver: true, Worker: false));
        _app = builder.Build();
    }

    public string DataDirectory => Services.GetRequiredService<Hooks.Gateway.Storage.StorageSettings>().DataDirectory;

    public IServiceProvider Services => _app.Services;

    public IWorkspaces Workspaces => Services.GetRequiredService<IWorkspaces>();

    public IProcessRunner Processes => Services.GetRequiredService<IProcessRunner>();

    public IRunLogs RunLogs => Services.GetRequiredService<IRunLogs>();

    public static async Task<PlatformServices> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var platform = new PlatformServices(settings ?? new Dictionary<string, string?>(), time);
        await new RunLogMigrator(platform.Services.GetRequiredService<RunLogStore>()).StartAsync(default);
        return platform;
    }

    /// <summary>Every line of a run's log, in order.</summary>
    public async Task<IReadOnlyList<RunLogLine>> LinesAsync(RunLogId run) => await RunLogs.ReadAsync(run, 0, 100_000, default);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _data.Dispose();
    }
}
