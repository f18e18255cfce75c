using System.Net;

namespace Hooks.Plugins.Badges.GitLab;

/// <summary>GitLab answered with an error; the message says which call, the status and GitLab's own words.</summary>
public sealed class GitLabApiException(HttpStatusCode status, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;
}
