namespace Hooks.Gateway.Receiving;

/// <summary><c>Hooks:Receive</c>: limits on what a delivery may be.</summary>
public sealed class ReceiveOptions
{
    public const long DefaultMaxBodyBytes = 25 * 1024 * 1024;

    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;
}
