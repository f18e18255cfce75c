namespace Hooks.Contracts.Forges.GitLab;

/// <summary>What a badge is made of, as sent to create or edit one.</summary>
/// <param name="Name">The badge's name.</param>
/// <param name="LinkUrl">Where it links.</param>
/// <param name="ImageUrl">Its image.</param>
public sealed record GitLabBadgeFields(string Name, string LinkUrl, string ImageUrl);
