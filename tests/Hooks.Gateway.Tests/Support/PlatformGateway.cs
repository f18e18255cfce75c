using Hooks.Contracts.Platform;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Gateway.Tests.Support;

/// <summary>The whole gateway on its embedded store, on a real Kestrel port, with the platform services at hand.</summary>
public sealed class PlatformGateway : GatewayFactory
{
    public PlatformGateway()
    {
        UseKestrel(0);
        StartServer();
        Address = CreateClient().BaseAddress!;
    }

    public Uri Address { get; }

    public IRunLogs RunLogs => Services.GetRequiredService<IRunLogs>();

    public IWorkspaces Workspaces => Services.GetRequiredService<IWorkspaces>();

    public IProcessRunner Processes => Services.GetRequiredService<IProcessRunner>();

    /// <summary>A plain client of the real port (no test server in between), for streams, with the admin token (run logs are admin only unless made public).</summary>
    public HttpClient CreateNetworkClient()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", AdminToken);
        return client;
    }
}
