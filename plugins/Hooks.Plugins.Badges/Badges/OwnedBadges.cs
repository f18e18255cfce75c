namespace Hooks.Plugins.Badges.Badges;

/// <summary>The badges this plugin owns on a project are the project badges whose name starts with its prefix; others are never touched.</summary>
public static class OwnedBadges
{
    public const string NamePrefix = "hooks-badges:";

    public static string NameFor(string label) => NamePrefix + label;

    public static bool IsOwned(Hooks.Contracts.Forges.GitLab.GitLabBadge badge) =>
        badge.Kind != "group" && badge.Name?.StartsWith(NamePrefix, StringComparison.Ordinal) == true;
}
