using Hooks.Contracts.Plugins;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Hooks.Plugins.BuildControl.Pages;

/// <summary>Whether the person looking at a public page may act on builds (a token of scope <c>build-control</c>, or the admin's).</summary>
public sealed class PageAccess(IAuthorizationPolicyProvider policies, IPolicyEvaluator evaluator)
{
    public async Task<bool> CanActAsync(HttpContext http)
    {
        if (await policies.GetPolicyAsync(HooksAuthorization.Scope(BuildControlPlugin.UserScope)) is not { } policy)
        {
            return false;
        }

        var authenticated = await evaluator.AuthenticateAsync(policy, http);
        return authenticated.Succeeded && (await evaluator.AuthorizeAsync(policy, authenticated, http, resource: null)).Succeeded;
    }
}
