namespace Hooks.Contracts.Plugins;

/// <summary>
/// The gateway's authorization policies, for a plugin's endpoints. Every endpoint is protected unless declared public:
/// an endpoint with no policy needs the admin token. Declare a public one with ASP.NET's <c>AllowAnonymous()</c>;
/// protect one for machines with a scope the plugin registered (<see cref="IPluginContext.AddTokenScope"/>):
/// <c>group.RequireAuthorization(HooksAuthorization.Scope("build-node"))</c>. The admin token passes every policy.
/// </summary>
public static class HooksAuthorization
{
    /// <summary>The policy of the admin API and the dashboard: the admin token only.</summary>
    public const string Admin = "hooks:admin";

    /// <summary>The prefix of scope policies.</summary>
    public const string ScopePrefix = "hooks:scope:";

    /// <summary>The policy that admits an API token carrying <paramref name="scope"/> (or the admin token).</summary>
    public static string Scope(string scope) => ScopePrefix + scope;
}
