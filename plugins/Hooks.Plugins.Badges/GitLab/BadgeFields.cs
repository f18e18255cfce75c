namespace Hooks.Plugins.Badges.GitLab;

/// <summary>What a badge is made of, as sent to create or edit one.</summary>
public sealed record BadgeFields(string Name, string LinkUrl, string ImageUrl);
