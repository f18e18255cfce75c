using System.Text;
using Hooks.Plugins.Ci.Building;
using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Storage;

namespace Hooks.Plugins.Ci.Tests.Building;

/// <summary>The small pieces of a run: variables and their order, the stage's command line, output cut into lines, Ocelot's names.</summary>
public sealed class BuildPiecesFacts
{
    private static readonly CiBuild Build = new()
    {
        Id = 42,
        Account = "org",
        Repo = "app",
        CloneUrl = "file:///x",
        Branch = "feature/x",
        Hash = "0123456789abcdef0123456789abcdef01234567",
        UpstreamAlias = "lib_core",
    };

    [Fact]
    public void Variables_come_built_in_then_upstream_then_the_file_s_then_the_stage_s_later_winning()
    {
        var config = OcelotYaml.Parse("env: [GIT_BRANCH=overridden, A=file, 'B=x=y']\nstages: [{name: s, script: [x], env: [A=stage]}]");
        var upstream = new CiBuild { Id = 7, Account = "org", Repo = "lib", CloneUrl = "file:///y", Branch = "main", Hash = "fedcba9876543210fedcba9876543210fedcba98" };

        var variables = BuildVariables.For(Build, "/.ocelot/" + Build.Hash, "aaaa", upstream, config, config.Stages[0]);

        Assert.Equal(Build.Hash, variables["GIT_HASH"]);
        Assert.Equal("0123456", variables["GIT_HASH_SHORT"]);
        Assert.Equal("overridden", variables["GIT_BRANCH"]);
        Assert.Equal("42", variables["BUILD_ID"]);
        Assert.Equal("aaaa", variables["GIT_PREVIOUS_SUCCESSFUL_COMMIT"]);
        Assert.Equal("/.ocelot/" + Build.Hash, variables["WORKSPACE"]);
        Assert.Equal(("fedcba9876543210fedcba9876543210fedcba98", "fedcba9", "7", "main"), (variables["LIB_CORE_GIT_HASH"], variables["LIB_CORE_GIT_HASH_SHORT"], variables["LIB_CORE_BUILD_ID"], variables["LIB_CORE_GIT_BRANCH"]));
        Assert.Equal("stage", variables["A"]);
        Assert.Equal("x=y", variables["B"]);
    }

    [Fact]
    public void A_stage_s_lines_are_joined_after_a_cd_into_the_workspace_blank_ones_dropped() =>
        Assert.Equal("cd \"$WORKSPACE\" && make && make test", StageCommand.For(["make", " ", "make test"]));

    [Fact]
    public void Output_is_cut_into_lines_across_chunks_even_inside_a_character()
    {
        var splitter = new LineSplitter();
        byte[] bytes = Encoding.UTF8.GetBytes("first\r\nsecönd\nthi");
        int cut = Array.IndexOf(bytes, (byte)0xC3) + 1;

        var lines = splitter.Add(bytes.AsSpan(0, cut)).Concat(splitter.Add(bytes.AsSpan(cut))).ToList();

        Assert.Equal(["first", "secönd"], lines);
        Assert.Equal("thi", splitter.Rest());
    }

    [Theory]
    [InlineData(BuildStatus.FailedPrestart, "FAILED_PRESTART")]
    [InlineData(BuildStatus.Passed, "PASSED")]
    public void Statuses_have_Ocelot_s_names_both_ways(BuildStatus status, string name)
    {
        Assert.Equal(name, Names.Of(status));
        Assert.True(Names.TryParse<BuildStatus>(name.ToLowerInvariant(), out var parsed) && parsed == status);
    }

    [Fact]
    public void Signals_have_Ocelot_s_names_and_unknown_words_are_none()
    {
        Assert.Equal(["PUSH", "PULL_REQUEST", "REQUESTED", "SUBSCRIBED"], Enum.GetValues<SignaledBy>().Select(Names.Of));
        Assert.False(Names.TryParse<BuildStatus>("SOMETIMES", out _));
        Assert.False(Names.TryParse<BuildStatus>("7", out _));
    }
}
