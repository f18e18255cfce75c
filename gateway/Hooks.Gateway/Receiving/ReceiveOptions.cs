namespace Hooks.Gateway.Receiving;

/// <summary><c>Hooks:Receive</c>: limits on what a delivery may be.</summary>
public sealed class ReceiveOptions
{
    public const long DefaultMaxBodyBytes = 25 * 1024 * 1024;

    /// <summary>The largest body accepted, in bytes (413 above it); 25 MiB, as GitHub's own limit.</summary>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;
}
