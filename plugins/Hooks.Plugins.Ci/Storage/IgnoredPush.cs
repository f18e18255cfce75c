namespace Hooks.Plugins.Ci.Storage;

/// <summary>A push or pull request that built nothing, with why (a branch not listed, <c>[skip ci]</c>, no <c>ocelot.yml</c>).</summary>
public sealed class IgnoredPush
{
    public Guid Id { get; set; }

    public required string Account { get; set; }

    public required string Repo { get; set; }

    public required string Branch { get; set; }

    public required string Hash { get; set; }

    public SignaledBy SignaledBy { get; set; }

    public required string Reason { get; set; }

    public string? DeliveryId { get; set; }

    public DateTimeOffset At { get; set; }
}
