using Hooks.Plugins.Ci.Triggers;

namespace Hooks.Plugins.Ci.Tests.Triggers;

/// <summary>The <c>triggers</c> grammar: sections, <c>||</c> / <c>&amp;&amp;</c>, <c>and</c> / <c>or</c>, and its errors.</summary>
public sealed class TriggerDirectiveFacts
{
    private static readonly Changeset Master = new("master", ["src/test/FooTest.java", "src/main/Foo.java", "README.md"], ["fix the build", "force_build please"]);
    private static readonly Changeset Topic = new("topic/x", ["docs/index.md"], ["docs only"]);

    [Theory]
    [InlineData(@"\branch master", true)]
    [InlineData(@"\branch develop", false)]
    [InlineData(@"\branch mast", false)]
    [InlineData(@"\branch mas.*", true)]
    [InlineData(@"\branch ALL", true)]
    [InlineData(@"\branch master||develop", true)]
    [InlineData(@"\branch develop || master", true)]
    [InlineData(@"\branch develop||release.*||", false)]
    [InlineData(@"\BRANCH master", true)]
    [InlineData(@"\filepath src/test", true)]
    [InlineData(@"\filepath src/test && src/main", true)]
    [InlineData(@"\filepath src/test&&docs", false)]
    [InlineData(@"\filepath docs || README", true)]
    [InlineData(@"\text force_build", true)]
    [InlineData(@"\text nothing||force_build", true)]
    [InlineData(@"\text nothing", false)]
    [InlineData(@"\branch master||develop and \filepath src/test && src/main", true)]
    [InlineData(@"\branch master||develop AND \filepath docs", false)]
    [InlineData(@"\branch develop or \text force_build", true)]
    [InlineData(@"\branch develop OR \text nothing", false)]
    [InlineData(@"\branch master or \text force_build || buildBetch", true)]
    [InlineData(@"\branch develop or \branch master and \filepath src", true)]
    [InlineData(@"\branch develop or \branch master and \filepath docs", false)]
    [InlineData(@"\branch master and \text fix or \filepath nowhere", true)]
    public void A_directive_holds_for_the_master_changeset_as_written(string directive, bool holds) =>
        Assert.Equal(holds, TriggerDirective.Parse(directive).IsMetBy(Master));

    [Theory]
    [InlineData(@"\branch topic/.*", true)]
    [InlineData(@"\branch topic", false)]
    [InlineData(@"\filepath docs", true)]
    [InlineData(@"\branch master or \filepath docs/", true)]
    [InlineData(@"\branch master and \filepath docs/", false)]
    public void A_directive_holds_for_a_topic_changeset_as_written(string directive, bool holds) =>
        Assert.Equal(holds, TriggerDirective.Parse(directive).IsMetBy(Topic));

    [Fact]
    public void Upstream_holds_only_for_the_build_its_alias_started() =>
        Assert.True(TriggerDirective.Parse(@"\upstream lib").IsMetBy(Master with { Upstream = "lib" }) && !TriggerDirective.Parse(@"\upstream lib").IsMetBy(Master));

    [Theory]
    [InlineData("master", TriggerDirective.MustStart)]
    [InlineData(@"\branches master", TriggerDirective.MustStart)]
    [InlineData("", TriggerDirective.MustStart)]
    [InlineData(@"\branch master||develop&&release", TriggerDirective.NoMixing)]
    [InlineData(@"\filepath a && b || c", TriggerDirective.NoMixing)]
    [InlineData(@"\branch", @"\branch needs a value")]
    [InlineData(@"\branch master and", "a directive cannot end with 'and' or 'or'")]
    [InlineData(@"and \branch master", "'and' must come between two sections")]
    [InlineData(@"\branch master and or \text x", "'or' must come between two sections")]
    [InlineData(@"\branch master \text x", @"sections must be joined by 'and' or 'or', found \text right after values")]
    public void A_directive_off_the_grammar_is_refused_with_the_reason(string directive, string reason) =>
        Assert.Equal(reason, Assert.Throws<TriggerSyntaxException>(() => TriggerDirective.Parse(directive)).Message);

    [Fact]
    public void A_branch_value_that_is_no_regular_expression_is_refused_at_parse_time() =>
        Assert.StartsWith("unable to parse acceptable branch item ([) into regex expression. error is:", Assert.Throws<TriggerSyntaxException>(() => TriggerDirective.Parse(@"\branch [")).Message);
}
