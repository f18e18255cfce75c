namespace Hooks.Gateway.Dispatch;

public static class DispatchQueues
{
    /// <summary>The queue of the per-plugin delivery jobs.</summary>
    public const string Deliveries = "deliveries";
}
