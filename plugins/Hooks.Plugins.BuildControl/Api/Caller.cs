using System.Security.Claims;

namespace Hooks.Plugins.BuildControl.Api;

/// <summary>Who is calling: the token's id (a node's identity for leases) and its name (to show).</summary>
public sealed record Caller(string Id, string Name)
{
    private const string TokenIdClaim = "hooks:token";

    public static Caller Of(ClaimsPrincipal user)
    {
        string name = user.Identity?.Name ?? "anonymous";
        return new Caller(user.FindFirstValue(TokenIdClaim) ?? name, name);
    }
}
