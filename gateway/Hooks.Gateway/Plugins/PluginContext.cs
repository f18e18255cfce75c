using Hooks.Contracts.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Gateway.Plugins;

/// <summary>What a plugin's registrator is handed: its id, its configuration section, the services, storage and queues.</summary>
internal sealed class PluginContext(string id, IServiceCollection services, IConfiguration configuration) : IPluginContext
{
    private readonly List<string> _queues = [];

    public string Id { get; } = id;

    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;

    public IReadOnlyList<string> Queues => _queues;

    public void AddDbContext<TContext>()
        where TContext : DbContext
    {
        Services.AddDbContext<TContext>((provider, options) => provider.GetRequiredService<PluginDatabases>().Configure(options, Id));
        Services.AddSingleton(new PluginDatabase(Id, typeof(TContext)));
    }

    public void AddQueue(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '-'))
        {
            throw new ArgumentException($"queue '{name}' must be lower case letters, digits, '_' or '-' (Hangfire's rule)", nameof(name));
        }

        _queues.Add(name);
    }
}
