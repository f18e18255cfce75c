using Hooks.Contracts.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Gateway.Plugins;

/// <summary>What a plugin's registrator is handed: its id, its configuration section, the services, storage and queues.</summary>
internal sealed class PluginContext(string id, IServiceCollection services, IConfiguration configuration) : IPluginContext
{
    /// <summary>Workers of a queue named without a number.</summary>
    public const int DefaultQueueWorkers = 2;

    private readonly List<PluginQueueSettings> _queues = [];
    private readonly List<string> _scopes = [];

    public string Id { get; } = id;

    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;

    public IReadOnlyList<PluginQueueSettings> Queues => _queues;

    public IReadOnlyList<string> Scopes => _scopes;

    public void AddDbContext<TContext>()
        where TContext : DbContext
    {
        if (IsPoolable(typeof(TContext)))
        {
            // A pooled context is reset and reused: measured, it saves a fifth of a one-row handler's cost.
            Services.AddDbContextPool<TContext>((provider, options) => provider.GetRequiredService<PluginDatabases>().Configure(options, Id));
        }
        else
        {
            Services.AddDbContext<TContext>((provider, options) => provider.GetRequiredService<PluginDatabases>().Configure(options, Id));
        }

        Services.AddSingleton(new PluginDatabase(Id, typeof(TContext)));
    }

    /// <summary>EF Core pools only contexts whose one public constructor takes nothing but their options.</summary>
    private static bool IsPoolable(Type context) =>
        context.GetConstructors() is [var constructor] && constructor.GetParameters() is [var options]
        && options.ParameterType == typeof(DbContextOptions<>).MakeGenericType(context);

    public void AddQueue(string name) => AddQueue(name, DefaultQueueWorkers);

    public void AddQueue(string name, int workers)
    {
        if (workers is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(workers), workers, $"queue '{name}' needs 1 to 100 workers");
        }

        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-'))
        {
            throw new ArgumentException($"queue '{name}' must be lower case letters, digits, '_' or '-' (Hangfire's rule)", nameof(name));
        }

        if (name.StartsWith("deliveries", StringComparison.Ordinal) || name == "default")
        {
            throw new ArgumentException($"queue '{name}' is the gateway's own", nameof(name));
        }

        _queues.Add(new PluginQueueSettings(name, workers));
    }

    public void AddTokenScope(string scope)
    {
        if (scope.Length == 0 || !scope.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"token scope '{scope}' must be lower case letters, digits or '-'", nameof(scope));
        }

        _scopes.Add(scope);
    }
}
