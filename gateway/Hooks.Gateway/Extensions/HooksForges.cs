using Hooks.Contracts.Forges;
using Hooks.Gateway.Forges;

namespace Hooks.Gateway.Extensions;

public static class HooksForges
{
    /// <summary>
    /// The forge API clients (contracts' <c>Hooks.Contracts.Forges</c>): one per source, the token kept inside, one
    /// resilient HTTP stack for all; and commit statuses. Registered before plugins, which take them by injection.
    /// </summary>
    public static WebApplicationBuilder AddHooksForges(this WebApplicationBuilder builder)
    {
        builder.Services.AddForgeHttp();
        builder.Services.AddSingleton<ForgeClients>();
        builder.Services.AddSingleton<IForgeClients>(sp => sp.GetRequiredService<ForgeClients>());
        builder.Services.AddSingleton<ICommitStatuses, CommitStatuses>();
        return builder;
    }
}
