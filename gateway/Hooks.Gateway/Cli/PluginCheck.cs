using Hooks.Gateway.Plugins;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hooks.Gateway.Cli;

/// <summary>Loads a plugin folder as the gateway would and lets it register into a scratch service collection.</summary>
public static class PluginCheck
{
    public static (bool Loads, string Message) Run(DirectoryInfo folder)
    {
        if (!folder.Exists)
        {
            return (false, $"{folder.FullName}: no such folder");
        }

        var staging = Directory.CreateTempSubdirectory("hooks-check-");
        try
        {
            var plugin = PluginFolderLoader.LoadAll(folder.Parent!.FullName, NullLogger.Instance).Single(p => p.Folder == folder.FullName.TrimEnd('/'));
            if (!plugin.IsActive)
            {
                return (false, $"{folder.Name}: does not load: {plugin.Error}");
            }

            var services = new ServiceCollection();
            var context = new PluginContext(plugin.Id, services, new ConfigurationBuilder().Build());
            try
            {
                plugin.Instance!.ConfigureServices(context);
                var handles = PluginHandlers.Register(services, plugin.Id, plugin.Assembly!);
                return (true, $"{folder.Name}: loads as plugin '{plugin.Id}' {plugin.Version}; handles {string.Join(", ", handles.Select(t => t.Name))}; "
                    + $"queues {string.Join(", ", context.Queues.Select(q => $"{q.Name} ({q.Workers} workers)"))}; scopes {string.Join(", ", context.Scopes)}");
            }
#pragma warning disable CA1031 // Whatever the plugin throws is the answer to "would it load".
            catch (Exception exception)
#pragma warning restore CA1031
            {
                return (false, $"{folder.Name}: loads, but registering fails: {exception.GetType().Name}: {exception.Message}");
            }
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }
}
