using Hooks.Plugins.Ci.Configuration;

namespace Hooks.Plugins.Ci.Tests.Configuration;

/// <summary>Ocelot's <c>branches</c>: anchored regular expressions, <c>ALL</c>, tried in order.</summary>
public sealed class BranchPatternFacts
{
    [Theory]
    [InlineData("master", "master", true)]
    [InlineData("master", "master2", false)]
    [InlineData("master", "old-master", false)]
    [InlineData("rc_.*", "rc_1.2", true)]
    [InlineData("rc_.*", "xrc_1", false)]
    [InlineData("ALL", "anything/at-all", true)]
    [InlineData("all", "master", false)]
    [InlineData("feature/(a|b)", "feature/b", true)]
    public void An_entry_matches_the_whole_branch_name(string entry, string branch, bool matches) =>
        Assert.Equal(matches, BranchPattern.Matches([entry], branch));

    [Fact]
    public void An_empty_list_matches_nothing() => Assert.False(BranchPattern.Matches([], "master"));

    [Fact]
    public void A_broken_entry_after_a_match_is_never_read_and_one_before_is_an_error()
    {
        Assert.True(BranchPattern.Matches(["master", "["], "master"));
        Assert.StartsWith("unable to parse acceptable branch item ([) into regex expression", Assert.Throws<ArgumentException>(() => BranchPattern.Matches(["[", "master"], "master")).Message);
    }

    [Fact]
    public void Skip_ci_in_any_commit_message_names_the_commit()
    {
        Assert.Null(SkipCi.Reason([("a1", "a change"), ("b2", "[skip CI] is not it")]));
        Assert.Equal(
            "build will not be queued because one of [skip ci] | [ci skip] was found in the commit with hash b2. the full commit message is docs [ci skip]",
            SkipCi.Reason([("a1", "a change"), ("b2", "docs [ci skip]")]));
        Assert.Contains("hash c3", SkipCi.Reason([("c3", "wip [skip ci]")]));
    }
}
