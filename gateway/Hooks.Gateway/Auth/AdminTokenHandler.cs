using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Hooks.Gateway.Verification;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Auth;

/// <summary>
/// The admin: whoever presents <c>Hooks:AdminToken</c> (compared in constant time), and, only with
/// <c>Hooks:Admin:TrustLoopback</c>, a connection from the machine itself. No token configured: no admin by token.
/// </summary>
public sealed class AdminTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IConfiguration configuration,
    IOptions<AdminOptions> admin) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? token = configuration["Hooks:AdminToken"];
        if (!string.IsNullOrEmpty(token) && PresentedToken.From(Request) is { } presented && Hmac.TextEquals(token, presented))
        {
            return Task.FromResult(Admin("admin token"));
        }

        if (admin.Value.TrustLoopback && Context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote))
        {
            return Task.FromResult(Admin("loopback"));
        }

        return Task.FromResult(AuthenticateResult.NoResult());
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Challenge.UnauthorizedAsync(Response, "this needs the admin token (Hooks:AdminToken) as a bearer token or as the password of basic auth");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Challenge.ForbiddenAsync(Response, "this needs the admin token (Hooks:AdminToken)");

    private AuthenticateResult Admin(string how)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, AuthSchemes.AdminRole), new Claim("hooks:via", how)], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
