namespace Hooks.Contracts.Platform;

/// <summary>
/// A user name and a password or token for an https repository. <see cref="ToString"/> never shows the secret.
/// </summary>
public sealed class GitCredentials
{
    /// <summary>Credentials as a user name and a password (or a token used as one).</summary>
    public GitCredentials(string userName, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentException.ThrowIfNullOrEmpty(password);
        UserName = userName;
        Password = password;
    }

    /// <summary>The user name git sends.</summary>
    public string UserName { get; }

    /// <summary>The password or token git sends.</summary>
    public string Password { get; }

    /// <summary>
    /// A token: GitHub takes any user name with it (<c>x-access-token</c> is used), GitLab wants <c>oauth2</c> for OAuth
    /// tokens and any name for personal or project tokens, Gitea takes the token as the password.
    /// </summary>
    public static GitCredentials FromToken(string token, string userName = "x-access-token") => new(userName, token);

    /// <summary>The user name and a mask, never the secret.</summary>
    public override string ToString() => $"{UserName}:***";
}
