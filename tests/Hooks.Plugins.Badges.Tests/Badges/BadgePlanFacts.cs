using Hooks.Plugins.Badges.Badges;
using Hooks.Contracts.Forges.GitLab;

namespace Hooks.Plugins.Badges.Tests.Badges;

public sealed class BadgePlanFacts
{
    private static readonly GitLabBadge Foreign = new(1, "Coverage", "https://ci", "https://ci/coverage.svg", "project");
    private static readonly GitLabBadge FromGroup = new(2, "hooks-badges:D:Shared", "https://g", "https://g.svg", "group");

    [Fact]
    public void First_sync_creates_every_badge_in_order_and_leaves_others_alone()
    {
        var plan = BadgePlan.For([Foreign, FromGroup], [Want("A"), Want("B")]);

        Assert.Equal([Want("A"), Want("B")], plan.Creates);
        Assert.Empty(plan.Edits);
        Assert.Empty(plan.Deletes);
    }

    [Fact]
    public void Unchanged_badges_cause_no_call()
    {
        var plan = BadgePlan.For([Foreign, Have(10, "A"), Have(11, "B")], [Want("A"), Want("B")]);

        Assert.True(plan.IsEmpty);
        Assert.Equal(2, plan.Unchanged);
    }

    [Fact]
    public void Changed_badges_are_edited_in_their_slots_never_deleted_and_recreated()
    {
        var plan = BadgePlan.For([Have(11, "B"), Have(10, "A")], [Want("A", link: "https://board"), Want("B")]);

        Assert.Equal([(10L, Want("A", link: "https://board"))], plan.Edits);
        Assert.Empty(plan.Creates);
        Assert.Empty(plan.Deletes);
        Assert.Equal(1, plan.Unchanged);
    }

    [Fact]
    public void A_new_device_in_the_middle_shifts_later_slots_and_adds_one_badge_at_the_end()
    {
        var plan = BadgePlan.For([Have(10, "A"), Have(11, "C")], [Want("A"), Want("B"), Want("C")]);

        Assert.Equal([(11L, Want("B"))], plan.Edits);
        Assert.Equal([Want("C")], plan.Creates);
        Assert.Empty(plan.Deletes);
    }

    [Fact]
    public void A_gone_device_deletes_only_the_surplus_owned_badge()
    {
        var plan = BadgePlan.For([Foreign, FromGroup, Have(10, "A"), Have(11, "B"), Have(12, "C")], [Want("A"), Want("C")]);

        Assert.Equal([(11L, Want("C"))], plan.Edits);
        Assert.Equal([12L], plan.Deletes);
    }

    private static GitLabBadgeFields Want(string device, string link = "https://issues") =>
        new(OwnedBadges.NameFor("D:" + device), link, $"https://hooks/{device}.svg");

    private static GitLabBadge Have(long id, string device) =>
        new(id, OwnedBadges.NameFor("D:" + device), "https://issues", $"https://hooks/{device}.svg", "project");
}
