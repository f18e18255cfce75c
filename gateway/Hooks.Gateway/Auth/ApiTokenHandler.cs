using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Auth;

/// <summary>An API token presented as a bearer token or a basic-auth password: its scopes become claims.</summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedToken.From(Request) is not { } presented || !presented.StartsWith(ApiTokens.Prefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        if (await tokens.RecogniseAsync(presented, Context.RequestAborted) is not { } token)
        {
            return AuthenticateResult.Fail("unknown or revoked API token");
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, token.Name), new(AuthSchemes.TokenIdClaim, token.Id.ToString()) };
        claims.AddRange(token.Scopes.Select(scope => new Claim(AuthSchemes.ScopeClaim, scope)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name)), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Challenge.UnauthorizedAsync(Response, "this needs an API token with the right scope, or the admin token");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Challenge.ForbiddenAsync(Response, "this token does not carry the scope this needs");
}
