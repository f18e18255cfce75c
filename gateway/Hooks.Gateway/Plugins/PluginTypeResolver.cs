using System.Collections.Concurrent;
using System.Reflection;

namespace Hooks.Gateway.Plugins;

/// <summary>
/// Resolves the type names Hangfire stores with the plugin assemblies too: Hangfire loads types by name in the
/// default context, where a plugin's types are not. Process-wide, as Hangfire's own resolver is.
/// </summary>
public static class PluginTypeResolver
{
    private static readonly ConcurrentDictionary<string, Assembly> PluginAssemblies = new(StringComparer.Ordinal);

    /// <summary>
    /// The latest load of an assembly name wins: a gateway registers its plugins at every start, and where one process
    /// starts gateways on plugin folders of their own one after the other (tests), the running one's types are wanted.
    /// </summary>
    public static void Register(Assembly assembly) => PluginAssemblies[assembly.GetName().Name!] = assembly;

    public static Type Resolve(string typeName) => Type.GetType(
        typeName,
        name => PluginAssemblies.TryGetValue(name.Name!, out var plugin) ? plugin : Assembly.Load(name),
        (assembly, name, ignoreCase) => assembly is null ? Type.GetType(name, false, ignoreCase) : assembly.GetType(name, false, ignoreCase),
        throwOnError: true)!;
}
