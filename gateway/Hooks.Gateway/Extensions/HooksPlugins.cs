using Hooks.Contracts.Plugins;
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

            var before = builder.Services.ToList();
            try
            {
                var context = new PluginContext(plugin.Id, builder.Services, section);
                plugin.Instance!.ConfigureServices(context);
                plugin.HandledTypes = PluginHandlers.Register(builder.Services, plugin.Id, plugin.Assembly!);
                plugin.Queues = context.Queues;
                plugin.Scopes = context.Scopes;
                WrapHostedServices(builder.Services, before, plugin);
            }
#pragma warning disable CA1031 // A plugin that fails to register is reported and skipped; the gateway still starts.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                builder.Services.Clear();
                foreach (var descriptor in before)
                {
                    builder.Services.Add(descriptor); // nothing of a half-done registration stays
                }

                plugin.MarkBroken("ConfigureServices", exception);
                Log.RegistrationFailed(logger, plugin.Id, exception);
            }
        }

        builder.Services.AddSingleton(new PluginCatalog(plugins));
        builder.Services.AddSingleton<IPageLayout, Pages.PageLayout>();
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

    /// <summary>Replaces the plugin's hosted services with wrappers that keep a failure inside the plugin.</summary>
    private static void WrapHostedServices(IServiceCollection services, List<ServiceDescriptor> before, LoadedPlugin plugin)
    {
        var known = before.ToHashSet();
        for (int i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(IHostedService) || known.Contains(descriptor) || descriptor.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Singleton<IHostedService>(provider => new PluginHostedService(
                plugin, Create(provider, descriptor), provider.GetRequiredService<ILogger<PluginHostedService>>()));
        }
    }

    private static IHostedService Create(IServiceProvider provider, ServiceDescriptor descriptor) => (IHostedService)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));

    /// <summary>
    /// Maps each plugin under <c>/plugins/&lt;id&gt;</c>. A plugin whose mapping throws is marked broken; the endpoints of
    /// a plugin out of service (broken now or later) answer 503 with the reason.
    /// </summary>
    public static WebApplication MapPluginEndpoints(this WebApplication app)
    {
        foreach (var plugin in app.Services.GetRequiredService<PluginCatalog>().Active.ToList())
        {
            var group = app.MapGroup($"/plugins/{plugin.Id}");
            ((IEndpointConventionBuilder)group).Add(endpoint =>
            {
                var serve = endpoint.RequestDelegate;
                endpoint.RequestDelegate = context => plugin.IsActive && serve is not null ? serve(context) : OutOfServiceAsync(context, plugin);
            });
            try
            {
                plugin.Instance!.MapEndpoints(group);
            }
#pragma warning disable CA1031 // A plugin whose pages fail to map is out of service; the others are not.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                plugin.MarkBroken("MapEndpoints", exception);
                Log.MappingFailed(app.Logger, plugin.Id, exception);
            }
        }

        return app;
    }

    private static Task OutOfServiceAsync(HttpContext context, LoadedPlugin plugin)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return context.Response.WriteAsJsonAsync(new { error = $"plugin '{plugin.Id}' is out of service: {plugin.Error}" });
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Id} failed to register and is skipped")]
        public static partial void RegistrationFailed(ILogger logger, string id, Exception exception);

        [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Id} failed to map its endpoints and is out of service")]
        public static partial void MappingFailed(ILogger logger, string id, Exception exception);
    }
}
