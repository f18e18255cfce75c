using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Contracts.Plugins;

/// <summary>What the gateway hands a plugin while it registers.</summary>
public interface IPluginContext
{
    /// <summary>The plugin's id, from its <see cref="HooksPluginAttribute"/>.</summary>
    string Id { get; }

    /// <summary>The gateway's service collection.</summary>
    IServiceCollection Services { get; }

    /// <summary>The plugin's own configuration section, <c>Hooks:Plugins:&lt;id&gt;</c>.</summary>
    IConfiguration Configuration { get; }

    /// <summary>
    /// Registers a database context for the plugin's own data in the gateway's store: a schema of its own on
    /// PostgreSQL, a file of its own on SQLite. Its EF Core migrations (in the plugin's assembly) are applied on start.
    /// </summary>
    void AddDbContext<TContext>()
        where TContext : DbContext;

    /// <summary>
    /// Names a Hangfire queue the plugin's jobs use (<c>[Queue("name")]</c>), served by two workers of its own in
    /// every worker process that has the plugin loaded.
    /// </summary>
    void AddQueue(string name);

    /// <summary>
    /// Names a Hangfire queue the plugin's jobs use, served by <paramref name="workers"/> workers of its own in every
    /// worker process that has the plugin loaded, so long jobs never hold back deliveries or other plugins.
    /// </summary>
    void AddQueue(string name, int workers);

    /// <summary>
    /// Declares a token scope (lower case letters, digits, dashes), so operators can create API tokens carrying it
    /// (<c>POST /api/tokens</c>) and the plugin can protect endpoints with <see cref="HooksAuthorization.Scope"/>.
    /// </summary>
    void AddTokenScope(string scope);
}
