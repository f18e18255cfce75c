using Hooks.Plugins.BuildControl.Planning;

namespace Hooks.Plugins.BuildControl.Tests.Planning;

public sealed class BuildPlannerFacts
{
    private static string Name(PlannedTask task) => $"{task.Platform}/{task.Arch}[{task.Index}]";

    private static Dictionary<string, string[]> Dependencies(IReadOnlyList<PlannedTask> plan) =>
        plan.ToDictionary(Name, t => t.DependsOn.Select(d => Name(plan[d])).Order(StringComparer.Ordinal).ToArray());

    [Fact]
    public void Each_ref_gets_src_first_then_its_arches_with_i686_moved_to_the_front()
    {
        var plan = BuildPlanner.Plan(1, [new PlatformPlan("AlmaLinux-9", ["x86_64", "aarch64", "i686"], false)]);

        Assert.Equal(["src", "i686", "x86_64", "aarch64"], plan.Select(t => t.Arch));
        Assert.All(plan, t => Assert.Equal(0, t.Index));
        Assert.Equal(Enumerable.Range(0, 4), plan.Select(t => t.Position));
    }

    [Fact]
    public void Sources_are_chained_in_ref_order_and_each_arch_waits_for_its_source_and_earlier_refs_of_that_arch()
    {
        var deps = Dependencies(BuildPlanner.Plan(3, [new PlatformPlan("P", ["x86_64", "aarch64"], false)]));

        Assert.Empty(deps["P/src[0]"]);
        Assert.Equal(["P/src[0]"], deps["P/src[1]"]);
        Assert.Equal(["P/src[1]"], deps["P/src[2]"]);
        Assert.Equal(["P/src[0]"], deps["P/x86_64[0]"]);
        Assert.Equal(["P/src[1]", "P/x86_64[0]"], deps["P/x86_64[1]"]);
        Assert.Equal(["P/src[2]", "P/x86_64[0]", "P/x86_64[1]"], deps["P/x86_64[2]"]);
        Assert.Equal(["P/aarch64[0]", "P/aarch64[1]", "P/src[2]"], deps["P/aarch64[2]"]);
    }

    [Fact]
    public void With_independent_tasks_an_arch_waits_only_for_its_own_source_and_sources_are_not_chained()
    {
        var deps = Dependencies(BuildPlanner.Plan(3, [new PlatformPlan("P", ["x86_64"], true)]));

        Assert.Empty(deps["P/src[0]"]);
        Assert.Empty(deps["P/src[1]"]);
        Assert.Empty(deps["P/src[2]"]);
        Assert.Equal(["P/src[2]"], deps["P/x86_64[2]"]);
    }

    [Fact]
    public void Platforms_never_wait_for_each_other_and_each_follows_its_own_independence()
    {
        var plan = BuildPlanner.Plan(2, [new PlatformPlan("A", ["x86_64"], false), new PlatformPlan("B", ["i686", "x86_64"], true)]);
        var deps = Dependencies(plan);

        Assert.Equal(2 * (2 + 3), plan.Count);
        Assert.All(plan.Where(t => t.Platform == "A"), t => Assert.All(deps[Name(t)], d => Assert.StartsWith("A/", d)));
        Assert.All(plan.Where(t => t.Platform == "B"), t => Assert.All(deps[Name(t)], d => Assert.StartsWith("B/", d)));
        Assert.Equal(["A/src[0]"], deps["A/src[1]"]);
        Assert.Equal(["B/src[1]"], deps["B/i686[1]"]);
        Assert.Equal(["A/src[0]", "A/x86_64[0]", "B/src[0]", "B/i686[0]", "B/x86_64[0]"], plan.Where(t => t.Index == 0).Select(Name));
    }

    [Fact]
    public void Every_dependency_points_to_a_task_created_earlier_so_ids_order_the_work()
    {
        var plan = BuildPlanner.Plan(4, [new PlatformPlan("A", ["x86_64", "i686", "aarch64"], false), new PlatformPlan("B", ["ppc64le"], true)]);

        Assert.All(plan, t => Assert.All(t.DependsOn, d => Assert.True(d < t.Position)));
    }
}
