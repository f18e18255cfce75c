using System.Net;
using System.Text;
using Hooks.Gateway.Verification;

namespace Hooks.Gateway.Ops;

/// <summary>
/// Guards the admin API and the Hangfire dashboard: open from the machine itself, elsewhere only with
/// <c>Hooks:AdminToken</c> as a bearer token or as the password of basic auth (any user name).
/// </summary>
public sealed class AdminGate(RequestDelegate next, IConfiguration configuration)
{
    public static readonly PathString[] GuardedPaths = ["/api", "/hangfire"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!GuardedPaths.Any(path => context.Request.Path.StartsWithSegments(path)) || IsAllowed(context))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"hooks\", charset=\"UTF-8\"";
        await context.Response.WriteAsJsonAsync(new { error = "admin access needs Hooks:AdminToken (bearer, or basic auth password) from outside this machine" });
    }

    private bool IsAllowed(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is not null && IPAddress.IsLoopback(remote) && !context.Request.Headers.ContainsKey("X-Forwarded-For"))
        {
            return true;
        }

        string? token = configuration["Hooks:AdminToken"];
        return !string.IsNullOrEmpty(token) && PresentedToken(context.Request) is { } presented && Hmac.TextEquals(token, presented);
    }

    private static string? PresentedToken(HttpRequest request)
    {
        string header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                string pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
                int colon = pair.IndexOf(':', StringComparison.Ordinal);
                return colon >= 0 ? pair[(colon + 1)..] : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return null;
    }
}
