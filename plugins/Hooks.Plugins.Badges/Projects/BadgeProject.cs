namespace Hooks.Plugins.Badges.Projects;

/// <summary>A configured project with its GitLab address and token resolved, or the reason it cannot be served.</summary>
/// <param name="Key">The configured path or id, as written: the project's key in storage and in URLs.</param>
/// <param name="Source">The gateway source whose webhooks trigger it; null for any GitLab source.</param>
/// <param name="ApiBase">GitLab's REST API root (<c>.../api/v4/</c>).</param>
/// <param name="Token">The API token; never logged.</param>
/// <param name="Labels">The label names of its traffic light.</param>
/// <param name="Problem">What is wrong with its configuration, or null.</param>
public sealed record BadgeProject(string Key, string? Source, Uri? ApiBase, string? Token, LabelRules Labels, string? Problem)
{
    /// <summary>The key as one URL segment (<c>group%2Fproject</c>), as GitLab's own API writes a project path.</summary>
    public string Slug => Uri.EscapeDataString(Key);

    public bool IsUsable => Problem is null;

    /// <summary>Prints the token as <c>***</c>: projects appear in log lines and on the index.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Key = {Key}, Source = {Source}, ApiBase = {ApiBase}, Token = {(Token is null ? "null" : "***")}, Labels = {Labels}, Problem = {Problem}");
        return true;
    }
}
