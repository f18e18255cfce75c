using MediatR;

namespace Hooks.Gateway.Plugins;

/// <summary>
/// A MediatR mediator that reaches one plugin's handlers only. A handler of a base type
/// (<c>INotificationHandler&lt;HookEvent&gt;</c>) receives every derived event, as MediatR's contravariant interface promises.
/// </summary>
internal static class PluginMediator
{
    public static IMediator For(string pluginId, IServiceProvider services) => new Mediator(type => Resolve(pluginId, services, type));

    private static object Resolve(string pluginId, IServiceProvider services, Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            && type.GetGenericArguments()[0] is { IsGenericType: true } handler
            && handler.GetGenericTypeDefinition() == typeof(INotificationHandler<>))
        {
            var handlers = new List<object>();
            for (var notification = handler.GetGenericArguments()[0]; notification is not null && typeof(INotification).IsAssignableFrom(notification); notification = notification.BaseType)
            {
                handlers.AddRange(services.GetKeyedServices(typeof(INotificationHandler<>).MakeGenericType(notification), pluginId).OfType<object>());
            }

            var typed = Array.CreateInstance(handler, handlers.Count);
            for (int i = 0; i < handlers.Count; i++)
            {
                typed.SetValue(handlers[i], i);
            }

            return typed;
        }

        return services.GetRequiredService(type);
    }
}
