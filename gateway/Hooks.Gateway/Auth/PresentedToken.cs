using System.Text;

namespace Hooks.Gateway.Auth;

/// <summary>The token a request presents: a bearer token, or the password of basic auth (any user name), as browsers send it.</summary>
public static class PresentedToken
{
    public static string? From(HttpRequest request)
    {
        string header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim() is { Length: > 0 } bearer ? bearer : null;
        }

        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            string pair = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            int colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 && colon < pair.Length - 1 ? pair[(colon + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
