using System.Reflection;
using MediatR;

namespace Hooks.Gateway.Plugins;

/// <summary>
/// Registers a plugin's notification handlers twice: keyed by the plugin's id, for the per-plugin dispatch job,
/// and plainly, so the gateway's own <see cref="IMediator"/> reaches them too.
/// </summary>
internal static class PluginHandlers
{
    public static IReadOnlyList<Type> Register(IServiceCollection services, string pluginId, Assembly assembly)
    {
        var handled = new List<Type>();
        foreach (var type in assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(IsNotificationHandler))
            {
                services.AddKeyedTransient(contract, pluginId, type);
                services.AddTransient(contract, type);
                handled.Add(contract.GetGenericArguments()[0]);
            }
        }

        return [.. handled.Distinct()];
    }

    private static bool IsNotificationHandler(Type contract) =>
        contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(INotificationHandler<>);
}
