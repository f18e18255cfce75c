using Hooks.Plugins.BuildControl.Model;

namespace Hooks.Plugins.BuildControl.Tests.Model;

public sealed class TaskTransitionsFacts
{
    public static TheoryData<BuildTaskStatus, BuildTaskStatus> Allowed => new()
    {
        { BuildTaskStatus.Idle, BuildTaskStatus.Started },
        { BuildTaskStatus.Started, BuildTaskStatus.Started },
        { BuildTaskStatus.Started, BuildTaskStatus.Completed },
        { BuildTaskStatus.Started, BuildTaskStatus.Failed },
        { BuildTaskStatus.Started, BuildTaskStatus.Excluded },
        { BuildTaskStatus.Idle, BuildTaskStatus.Failed },
        { BuildTaskStatus.Idle, BuildTaskStatus.Cancelled },
        { BuildTaskStatus.Failed, BuildTaskStatus.Idle },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_move_is_made(BuildTaskStatus from, BuildTaskStatus to) => Assert.Equal(to, TaskTransitions.Move(from, to));

    [Fact]
    public void Every_other_move_is_refused_with_both_statuses_named()
    {
        var allowed = Allowed.Select(row => ((BuildTaskStatus)row[0], (BuildTaskStatus)row[1])).ToHashSet();
        var refused = Enum.GetValues<BuildTaskStatus>().SelectMany(from => Enum.GetValues<BuildTaskStatus>().Select(to => (from, to))).Where(m => !allowed.Contains(m)).ToList();

        Assert.Equal(36 - 8, refused.Count);
        Assert.All(refused, move =>
        {
            var error = Assert.Throws<IllegalTransitionException>(() => TaskTransitions.Move(move.from, move.to));
            Assert.Contains(move.from.ToString().ToUpperInvariant(), error.Message, StringComparison.Ordinal);
            Assert.Contains(move.to.ToString().ToUpperInvariant(), error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Only_idle_and_started_are_unfinished_and_the_numbers_are_the_originals()
    {
        Assert.Equal([0, 1, 2, 3, 4, 5], Enum.GetValues<BuildTaskStatus>().Select(s => (int)s));
        Assert.Equal([BuildTaskStatus.Idle, BuildTaskStatus.Started], Enum.GetValues<BuildTaskStatus>().Where(s => !TaskTransitions.IsFinished(s)));
    }
}
