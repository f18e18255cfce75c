using System.Reflection;
using Hangfire;
using Hooks.Contracts.Plugins;
using MediatR;
using McMaster.NETCore.Plugins;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Gateway.Plugins;

/// <summary>
/// Loads each folder <c>&lt;dir&gt;/&lt;Name&gt;/&lt;Name&gt;.dll</c> in a load context of its own (non-collectible), sharing the
/// contracts, MediatR, Hangfire, EF Core and the Microsoft.Extensions abstractions with the gateway, so that the
/// plugin's handlers are the gateway's <c>INotificationHandler&lt;&gt;</c>. A folder that fails is marked broken.
/// </summary>
public static partial class PluginFolderLoader
{
    private static readonly Type[] SharedTypes =
    [
        typeof(IHooksPlugin), typeof(IMediator), typeof(IBackgroundJobClient), typeof(IServiceCollection),
        typeof(ILogger), typeof(IConfiguration), typeof(DbContext), typeof(IEndpointRouteBuilder), typeof(IHostEnvironment),
    ];

    /// <summary>Loaded once per process: a second host in the process (tests) shares the assemblies and their types.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Assembly>> Loaded = new(StringComparer.Ordinal);

    public static List<LoadedPlugin> LoadAll(string directory, ILogger logger)
    {
        var plugins = new List<LoadedPlugin>();
        if (!Directory.Exists(directory))
        {
            Log.NoPluginDirectory(logger, directory);
            return plugins;
        }

        foreach (string folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var plugin = Load(folder, logger);
            if (plugin.IsActive && plugins.FirstOrDefault(p => p.IsActive && p.Id == plugin.Id) is { } first)
            {
                plugin.State = PluginState.Broken;
                plugin.Error = $"plugin id '{plugin.Id}' is loaded from {first.Folder} already; two folders may not share an id";
                Log.Broken(logger, Path.GetFileName(folder), plugin.Error);
            }

            plugins.Add(plugin);
        }

        return plugins;
    }

    private static LoadedPlugin Load(string folder, ILogger logger)
    {
        string name = Path.GetFileName(folder);
        string dll = Path.Combine(folder, name + ".dll");
        try
        {
            if (!File.Exists(dll))
            {
                throw new FileNotFoundException($"expected the plugin's assembly at {dll}");
            }

            var assembly = Loaded.GetOrAdd(Path.GetFullPath(dll), path => new Lazy<Assembly>(() =>
                PluginLoader.CreateFromAssemblyFile(path, isUnloadable: false, SharedTypes, config => config.PreferSharedTypes = true).LoadDefaultAssembly())).Value;
            var declaration = assembly.GetCustomAttribute<HooksPluginAttribute>()
                ?? throw new InvalidOperationException($"{name}.dll has no [assembly: HooksPlugin(...)] declaration");
            if (declaration.Id.Length == 0 || !declaration.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                throw new InvalidOperationException($"plugin id '{declaration.Id}' must be lower case letters, digits and dashes");
            }

            if (declaration.ContractsVersion != ContractsVersion.Major)
            {
                throw new InvalidOperationException(
                    $"built against contracts {declaration.ContractsVersion}, the gateway has {ContractsVersion.Major}; rebuild the plugin");
            }

            var registrator = assembly.GetTypes().SingleOrDefault(type => typeof(IHooksPlugin).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
                ?? throw new InvalidOperationException($"{name}.dll has no (or more than one) class implementing IHooksPlugin");
            PluginTypeResolver.Register(assembly);
            Log.Loaded(logger, declaration.Id, declaration.Version, folder);
            return new LoadedPlugin
            {
                Id = declaration.Id,
                Name = declaration.Name,
                Version = declaration.Version,
                Folder = folder,
                Assembly = assembly,
                Instance = (IHooksPlugin)Activator.CreateInstance(registrator)!,
                State = PluginState.Loaded,
            };
        }
#pragma warning disable CA1031 // A plugin that fails to load is reported and skipped; the gateway still starts.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            string reason = exception is ReflectionTypeLoadException typeLoad
                ? string.Join("; ", typeLoad.LoaderExceptions.Select(e => e?.Message).Distinct())
                : exception.Message;
            Log.Broken(logger, name, reason);
            return new LoadedPlugin { Id = name.ToLowerInvariant(), Folder = folder, State = PluginState.Broken, Error = reason };
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {Id} {Version} loaded from {Folder}")]
        public static partial void Loaded(ILogger logger, string id, string version, string folder);

        [LoggerMessage(Level = LogLevel.Error, Message = "Plugin folder {Name} is broken and skipped: {Reason}")]
        public static partial void Broken(ILogger logger, string name, string reason);

        [LoggerMessage(Level = LogLevel.Warning, Message = "No plugin directory at {Directory}; no plugins loaded")]
        public static partial void NoPluginDirectory(ILogger logger, string directory);
    }
}
