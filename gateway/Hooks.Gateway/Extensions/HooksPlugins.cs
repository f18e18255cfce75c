using Hooks.Gateway.Plugins;
using Hooks.Gateway.Storage;
using MediatR;

namespace Hooks.Gateway.Extensions;

public static partial class HooksPlugins
{
    /// <summary>Loads plugin folders and lets each register, after the gateway's own services (a start-up step).</summary>
    public static WebApplicationBuilder AddHooksPlugins(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Hooks:Plugins").Get<PluginOptions>() ?? new PluginOptions();
        using var loggers = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
        var logger = loggers.CreateLogger("Hooks.Gateway.Plugins");
        var plugins = PluginFolderLoader.LoadAll(options.ResolveDirectory(), logger);
        foreach (var plugin in plugins.Where(p => p.IsActive))
        {
            var section = builder.Configuration.GetSection($"Hooks:Plugins:{plugin.Id}");
            if (!section.GetValue("Enabled", defaultValue: true))
            {
                plugin.State = PluginState.Disabled;
                continue;
            }

            try
            {
                var context = new PluginContext(plugin.Id, builder.Services, section);
                plugin.Instance!.ConfigureServices(context);
                plugin.HandledTypes = PluginHandlers.Register(builder.Services, plugin.Id, plugin.Assembly!);
                plugin.Queues = context.Queues;
                plugin.Scopes = context.Scopes;
            }
#pragma warning disable CA1031 // A plugin that fails to register is reported and skipped; the gateway still starts.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                plugin.State = PluginState.Broken;
                plugin.Error = exception.Message;
                Log.RegistrationFailed(logger, plugin.Id, exception);
            }
        }

        builder.Services.AddSingleton(new PluginCatalog(plugins));
        builder.Services.AddSingleton<PluginDatabases>();
        AddMigratorBeforeWorkers(builder.Services);
        builder.Services.AddTransient<IMediator>(provider => new Mediator(provider.GetRequiredService));
        return builder;
    }

    /// <summary>Plugins' tables must exist before Hangfire's workers or a plugin's own services start: right after the gateway's schema.</summary>
    private static void AddMigratorBeforeWorkers(IServiceCollection services)
    {
        int storeMigrator = services.ToList().FindIndex(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(StoreMigrator));
        services.Insert(storeMigrator + 1, ServiceDescriptor.Singleton<IHostedService, PluginDatabaseMigrator>());
    }

    public static WebApplication MapPluginEndpoints(this WebApplication app)
    {
        foreach (var plugin in app.Services.GetRequiredService<PluginCatalog>().Active)
        {
            plugin.Instance!.MapEndpoints(app.MapGroup($"/plugins/{plugin.Id}"));
        }

        return app;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Id} failed to register and is skipped")]
        public static partial void RegistrationFailed(ILogger logger, string id, Exception exception);
    }
}
