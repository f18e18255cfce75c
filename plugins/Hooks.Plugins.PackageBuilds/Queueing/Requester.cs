using Hooks.Contracts.Events;

namespace Hooks.Plugins.PackageBuilds.Queueing;

/// <summary>Who a build is for: the pusher (name and address for the failure mail), or who asked by hand.</summary>
public sealed record Requester(string? Name, string? Email, string? DeliveryId)
{
    public static Requester ByHand(string who) => new(who, null, null);

    /// <summary>The pusher as the forge names them; the address, where the forge gives none, of the newest commit's author.</summary>
    public static Requester Of(HookEvent hookEvent, IReadOnlyList<Commit> commits) => new(
        hookEvent.Sender?.Name ?? hookEvent.Sender?.Login,
        hookEvent.Sender?.Email ?? (commits.Count > 0 ? commits[^1].Author?.Email : null),
        hookEvent.DeliveryId);
}
