using System.Diagnostics;

namespace Hooks.Gateway.Dispatch;

/// <summary>The gateway's activities: one trace from receipt through dispatch to each plugin's work.</summary>
public static class GatewayTracing
{
    public const string SourceName = "Hooks.Gateway";

    public static readonly ActivitySource Source = new(SourceName);

    public static Activity? StartFrom(string name, string? traceParent, ActivityKind kind = ActivityKind.Internal)
    {
        return traceParent is not null && ActivityContext.TryParse(traceParent, null, out var parent)
            ? Source.StartActivity(name, kind, parent)
            : Source.StartActivity(name, kind);
    }
}
