namespace Hooks.Plugins.Badges.Projects;

/// <summary>A configured project with the way to its GitLab resolved, or the reason it cannot be served.</summary>
/// <param name="Key">The configured path or id, as written: the project's key in storage and in URLs.</param>
/// <param name="Source">The gateway source whose webhooks trigger it; null for any GitLab source.</param>
/// <param name="ApiSource">The gateway source whose API client (and token, kept in the gateway) it uses; null with an own address and token.</param>
/// <param name="ApiBase">The project's own GitLab address (<c>ApiUrl</c>), where it has one.</param>
/// <param name="Token">The project's own API token (<c>Token</c>), where it has one; never logged.</param>
/// <param name="Labels">The label names of its traffic light.</param>
/// <param name="Problem">What is wrong with its configuration, or null.</param>
public sealed record BadgeProject(string Key, string? Source, string? ApiSource, Uri? ApiBase, string? Token, LabelRules Labels, string? Problem)
{
    /// <summary>The key as one URL segment (<c>group%2Fproject</c>), as GitLab's own API writes a project path.</summary>
    public string Slug => Uri.EscapeDataString(Key);

    public bool IsUsable => Problem is null;

    /// <summary>Prints the token as <c>***</c>: projects appear in log lines and on the index.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Key = {Key}, Source = {Source}, ApiSource = {ApiSource}, ApiBase = {ApiBase}, Token = {(Token is null ? "null" : "***")}, Labels = {Labels}, Problem = {Problem}");
        return true;
    }
}
