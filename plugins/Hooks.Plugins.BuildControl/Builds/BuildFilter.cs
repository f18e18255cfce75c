using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>The list's filters: a project (part of a ref's URL), a ref, a platform, an architecture, running or not.</summary>
public sealed record BuildFilter(string? Project, string? Ref, string? Platform, string? Arch, bool? Running)
{
    public IQueryable<BuildRecord> Apply(IQueryable<BuildRecord> builds)
    {
        if (Project is { Length: > 0 } project)
        {
            string lower = project.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), where the culture has no say
            builds = builds.Where(b => b.Tasks.Any(t => t.RefUrl.ToLower().Contains(lower)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (Ref is { Length: > 0 } gitRef)
        {
            builds = builds.Where(b => b.Tasks.Any(t => t.GitRef != null && t.GitRef.Contains(gitRef)));
        }

        if (Platform is { Length: > 0 } platform)
        {
            builds = int.TryParse(platform, out int platformId)
                ? builds.Where(b => b.Tasks.Any(t => t.PlatformId == platformId))
                : builds.Where(b => b.Tasks.Any(t => t.Platform!.Name == platform));
        }

        if (Arch is { Length: > 0 } arch)
        {
            builds = builds.Where(b => b.Tasks.Any(t => t.Arch == arch));
        }

        if (Running is { } running)
        {
            builds = builds.Where(b => b.Tasks.Any(t => t.Status == BuildTaskStatus.Idle || t.Status == BuildTaskStatus.Started) == running);
        }

        return builds;
    }
}
