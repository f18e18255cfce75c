namespace Hooks.Gateway.Auth;

/// <summary><c>Hooks:Admin</c>: who else, besides a holder of <c>Hooks:AdminToken</c>, is an admin.</summary>
public sealed class AdminOptions
{
    /// <summary>
    /// Connections from the machine itself are admins without a token. Off by default: a reverse proxy on the same
    /// machine makes every request a loopback one. Forwarded addresses count only from <see cref="KnownProxies"/>.
    /// </summary>
    public bool TrustLoopback { get; set; }

    /// <summary>Proxies whose <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c> are believed (IP addresses).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies, in CIDR notation (<c>10.0.0.0/8</c>).</summary>
    public string[] KnownNetworks { get; set; } = [];
}
