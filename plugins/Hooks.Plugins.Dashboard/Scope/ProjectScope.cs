using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Dashboard.Scope;

/// <summary>Answers, from <see cref="DashboardOptions.Groups"/>, whether a project is watched and whether a pipeline counts.</summary>
public sealed class ProjectScope(IOptions<DashboardOptions> options)
{
    /// <summary>The group entry a project belongs to, or null when no group watches it.</summary>
    public GroupOptions? GroupOf(string source, string projectPath) =>
        options.Value.Groups.FirstOrDefault(group => Watches(group, source, projectPath));

    /// <summary>Whether a pipeline of a watched project counts: its ref is allowed, and its user or its source is listed (or neither list is set).</summary>
    public bool Counts(string source, string projectPath, string? reference, string? user, string? pipelineSource)
    {
        if (GroupOf(source, projectPath) is not { } group)
        {
            return false;
        }

        if (group.Refs.Count > 0 && (reference is null || !group.Refs.Contains(reference, StringComparer.Ordinal)))
        {
            return false;
        }

        if (group.Users.Count == 0 && group.Sources.Count == 0)
        {
            return true;
        }

        return (user is not null && group.Users.Contains(user, StringComparer.OrdinalIgnoreCase))
            || (pipelineSource is not null && group.Sources.Contains(pipelineSource, StringComparer.OrdinalIgnoreCase));
    }

    public static bool Watches(GroupOptions group, string source, string projectPath)
    {
        if (!string.Equals(group.Source, source, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string prefix = group.Group.Trim('/') + "/";
        if (!projectPath.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string relative = projectPath[prefix.Length..];
        bool Named(string name) =>
            string.Equals(name.Trim('/'), projectPath, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name.Trim('/'), relative, StringComparison.OrdinalIgnoreCase);
        return (group.IncludeProjects.Count == 0 || group.IncludeProjects.Any(Named)) && !group.ExcludeProjects.Any(Named);
    }
}
