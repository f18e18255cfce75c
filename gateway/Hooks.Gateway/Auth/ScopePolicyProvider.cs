using Hooks.Contracts.Plugins;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Auth;

/// <summary>
/// The gateway's policies: <see cref="HooksAuthorization.Admin"/> (the admin token), one policy per scope
/// (<c>hooks:scope:&lt;scope&gt;</c>: a token carrying it, or the admin token). The admin policy is also the fallback
/// of every endpoint that declares nothing (see <c>AddHooksAuth</c>): an endpoint is public only by declaration.
/// </summary>
public sealed class ScopePolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public static readonly AuthorizationPolicy AdminPolicy = new AuthorizationPolicyBuilder(AuthSchemes.AdminToken, AuthSchemes.ApiToken)
        .RequireRole(AuthSchemes.AdminRole)
        .Build();

    public override Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName == HooksAuthorization.Admin)
        {
            return Task.FromResult<AuthorizationPolicy?>(AdminPolicy);
        }

        if (policyName.StartsWith(HooksAuthorization.ScopePrefix, StringComparison.Ordinal))
        {
            string scope = policyName[HooksAuthorization.ScopePrefix.Length..];
            return Task.FromResult<AuthorizationPolicy?>(new AuthorizationPolicyBuilder(AuthSchemes.ApiToken, AuthSchemes.AdminToken)
                .RequireAssertion(context => context.User.IsInRole(AuthSchemes.AdminRole) || context.User.HasClaim(AuthSchemes.ScopeClaim, scope))
                .Build());
        }

        return base.GetPolicyAsync(policyName);
    }
}
