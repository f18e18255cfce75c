using Hooks.Plugins.Dashboard.Patterns;

namespace Hooks.Plugins.Dashboard.View;

/// <summary>Dependency changes of a job against the same job the night before; null when either has no list.</summary>
public static class DependencyDiff
{
    public static IReadOnlyList<DependencyChange>? Of(IReadOnlyList<Dependency>? before, IReadOnlyList<Dependency>? now)
    {
        if (before is null || now is null)
        {
            return null;
        }

        var old = before.GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Version, StringComparer.Ordinal);
        var current = now.GroupBy(d => d.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Version, StringComparer.Ordinal);
        return [.. old.Keys.Union(current.Keys)
            .Order(StringComparer.Ordinal)
            .Select(name => new DependencyChange(name, old.GetValueOrDefault(name), current.GetValueOrDefault(name)))
            .Where(change => change.Old != change.New)];
    }
}
