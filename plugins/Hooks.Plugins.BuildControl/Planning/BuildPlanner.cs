using Hooks.Plugins.BuildControl.Model;

namespace Hooks.Plugins.BuildControl.Planning;

/// <summary>
/// The original's planner: for each ref and platform a <c>src</c> task first, then one task per architecture with
/// <c>i686</c> moved to the front. Per platform, <c>src[i]</c> waits for <c>src[i-1]</c>; <c>A[i]</c> waits for
/// <c>src[i]</c> and every <c>A[0..i-1]</c>; with independent tasks, <c>A[i]</c> waits only for <c>src[i]</c> and the
/// sources are not chained. Nothing waits across platforms.
/// </summary>
public static class BuildPlanner
{
    public static IReadOnlyList<string> OrderArches(IEnumerable<string> archList)
    {
        var arches = archList.Where(a => a != Arches.Src).Distinct(StringComparer.Ordinal).ToList();
        if (arches.Remove("i686"))
        {
            arches.Insert(0, "i686");
        }

        return arches;
    }

    public static IReadOnlyList<PlannedTask> Plan(int refs, IReadOnlyList<PlatformPlan> platforms)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(refs);
        var tasks = new List<PlannedTask>();
        // (platform, arch) → positions of that column, by ref index
        var columns = new Dictionary<(string Platform, string Arch), List<int>>();
        for (int index = 0; index < refs; index++)
        {
            foreach (var platform in platforms)
            {
                foreach (string arch in new[] { Arches.Src }.Concat(OrderArches(platform.ArchList)))
                {
                    var column = Column(columns, platform.Name, arch);
                    var dependsOn = new List<int>();
                    if (arch == Arches.Src)
                    {
                        if (!platform.IndependentTasks && column.Count > 0)
                        {
                            dependsOn.Add(column[^1]);
                        }
                    }
                    else
                    {
                        dependsOn.Add(Column(columns, platform.Name, Arches.Src)[index]);
                        if (!platform.IndependentTasks)
                        {
                            dependsOn.AddRange(column);
                        }
                    }

                    column.Add(tasks.Count);
                    tasks.Add(new PlannedTask(tasks.Count, index, platform.Name, arch, dependsOn));
                }
            }
        }

        return tasks;
    }

    private static List<int> Column(Dictionary<(string, string), List<int>> columns, string platform, string arch)
    {
        if (!columns.TryGetValue((platform, arch), out var column))
        {
            column = [];
            columns[(platform, arch)] = column;
        }

        return column;
    }
}
