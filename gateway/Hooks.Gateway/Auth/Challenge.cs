namespace Hooks.Gateway.Auth;

/// <summary>
/// What a request without the right credentials gets: 401 with a basic-auth prompt (browsers ask for the token), or 403.
/// A policy with two schemes challenges both; the first one's answer stands.
/// </summary>
public static class Challenge
{
    public static Task UnauthorizedAsync(HttpResponse response, string error)
    {
        if (response.HasStarted)
        {
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = "Basic realm=\"hooks\", charset=\"UTF-8\"";
        return response.WriteAsJsonAsync(new { error });
    }

    public static Task ForbiddenAsync(HttpResponse response, string error)
    {
        if (response.HasStarted)
        {
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status403Forbidden;
        return response.WriteAsJsonAsync(new { error });
    }
}
