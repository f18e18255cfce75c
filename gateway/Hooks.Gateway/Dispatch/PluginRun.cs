using System.Diagnostics;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;
using Hooks.Gateway.Ops;
using Hooks.Gateway.Plugins;

namespace Hooks.Gateway.Dispatch;

/// <summary>
/// Hands one delivery to one plugin: normalises it, publishes the events that plugin handles to its handlers only, in a
/// scope of their own, under the delivery's trace. The same for a lane's run and a retry job's.
/// </summary>
public sealed class PluginRun(IServiceProvider services, GatewayMetrics metrics, TimeProvider time)
{
    /// <summary>Runs the handlers; null when they succeeded, otherwise what they threw.</summary>
    public async Task<Exception?> HandleAsync(LoadedPlugin plugin, Delivery delivery, CancellationToken cancellationToken)
    {
        using var activity = GatewayTracing.StartFrom($"{plugin.Id} handles delivery", delivery.TraceParent, ActivityKind.Consumer);
        activity?.SetTag("hooks.delivery", delivery.Id);
        activity?.SetTag("hooks.plugin", plugin.Id);
        metrics.HandlerStarted(plugin.Id, time.GetUtcNow() - delivery.ReceivedAt);
        try
        {
            await using var scope = services.CreateAsyncScope();
            var mediator = PluginMediator.For(plugin.Id, scope.ServiceProvider);
            foreach (var hookEvent in Normaliser.Normalise(delivery).Where(e => plugin.Handles(e.GetType())))
            {
                await mediator.Publish(hookEvent, cancellationToken);
            }

            metrics.PluginJob(plugin.Id, "succeeded");
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A plugin's failure is its pair's outcome: recorded and retried, never the lane's end.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            return exception;
        }
    }

    /// <summary>The error as recorded in the outcome and shown to operators.</summary>
    public static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";
}
