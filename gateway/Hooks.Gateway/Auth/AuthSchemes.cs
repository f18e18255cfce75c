namespace Hooks.Gateway.Auth;

/// <summary>The gateway's authentication schemes: the operator's admin token, and the API tokens it issues.</summary>
public static class AuthSchemes
{
    public const string AdminToken = "hooks-admin-token";

    public const string ApiToken = "hooks-api-token";

    public const string AdminRole = "admin";

    public const string ScopeClaim = "hooks:scope";

    public const string TokenIdClaim = "hooks:token";
}
