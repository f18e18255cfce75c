using System.Diagnostics;

namespace Hooks.Gateway.Dispatch;

/// <summary>The gateway's activities: one trace from receipt through dispatch to each plugin's work.</summary>
public static class GatewayTracing
{
    public const string SourceName = "Hooks.Gateway";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// Starts a trace of its own for a delivery (or continues the sender's, when it sent a traceparent), not under
    /// the request's hosting activity, which is not traced for deliveries.
    /// </summary>
    public static Activity? StartReceive(string? senderTraceParent)
    {
        var ambient = Activity.Current;
        Activity.Current = null;
        var activity = StartFrom("receive delivery", senderTraceParent, ActivityKind.Server);
        if (activity is null)
        {
            Activity.Current = ambient;
        }

        return activity;
    }

    public static Activity? StartFrom(string name, string? traceParent, ActivityKind kind = ActivityKind.Internal)
    {
        return traceParent is not null && ActivityContext.TryParse(traceParent, null, out var parent)
            ? Source.StartActivity(name, kind, parent)
            : Source.StartActivity(name, kind);
    }
}
