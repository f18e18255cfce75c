using Hooks.Plugins.Ci.Configuration;

namespace Hooks.Plugins.Ci.Tests.Configuration;

/// <summary><c>ocelot.yml</c> as Ocelot's users wrote it: case-sensitive keys, unknown keys warned about, Ocelot's validation messages.</summary>
public sealed class OcelotYamlFacts
{
    /// <summary>Ocelot's own <c>ocelot.yml</c>, shortened: every key it used.</summary>
    private const string Ocelot = """
        image: docker.metaverse.l11.com/ocelot-build:0.3
        buildTool: go
        notify:
          slack:
            channel: "@jessishank"
            identifier: l11_slack
            on:
              - PASS
              - fail
        branches:
          - ALL
        env:
          - "BUILD_DIR=/go/src/bitbucket.org/level11consulting/"
          - GOPATH=/go
        stages:
          - name: install consul for testing
            script:
              - cd /tmp
              - wget https://releases.hashicorp.com/consul/1.1.0/consul_1.1.0_linux_amd64.zip
          - name: test
            env:
              - TEST_ENV=1
            script:
              - cd $GOPATH/src/github.com/shankj3/ocelot
              - go test ./...
          - name: creds
            trigger:
              branches:
                - creds_to_postgres
            script:
              - echo creds
          - name: build
            triggers:
              - \branch master||develop and \filepath src/test && src/main
              - '\branch ALL or \text force_build'
            timeout: 15m
            script:
              - echo "$GIT_HASH"
        """;

    [Fact]
    public void Ocelot_s_own_file_reads_whole()
    {
        var config = OcelotYaml.Parse(Ocelot);

        Assert.Equal("docker.metaverse.l11.com/ocelot-build:0.3", config.Image);
        Assert.Equal("go", config.BuildTool);
        Assert.Equal(["ALL"], config.Branches);
        Assert.Equal(["BUILD_DIR=/go/src/bitbucket.org/level11consulting/", "GOPATH=/go"], config.Env);
        Assert.Equal(new SlackNotify("@jessishank", "l11_slack", true, true), config.Slack);
        Assert.Equal(["install consul for testing", "test", "creds", "build"], config.Stages.Select(s => s.Name));
        Assert.Equal(["TEST_ENV=1"], config.Stages[1].Env);
        Assert.Equal(["creds_to_postgres"], config.Stages[2].LegacyBranches);
        Assert.Null(config.Stages[2].Triggers);
        Assert.Equal([@"\branch master||develop and \filepath src/test && src/main", @"\branch ALL or \text force_build"], config.Stages[3].Triggers);
        Assert.Equal(TimeSpan.FromMinutes(15), config.Stages[3].Timeout);
        Assert.Empty(config.Warnings);
        Assert.Null(OcelotValidator.Validate(config));
    }

    [Fact]
    public void Keys_are_case_sensitive_and_unknown_ones_are_ignored_with_a_warning_naming_their_line()
    {
        var config = OcelotYaml.Parse("""
            image: alpine
            BuildTool: go
            buildTool: sh
            stages:
              - name: build
                script: [make]
                trigers: ['\branch master']
            """);

        Assert.Equal("sh", config.BuildTool);
        Assert.Null(config.Stages[0].Triggers);
        Assert.Equal(["unknown key 'BuildTool' (line 2) is ignored", "stage build: unknown key 'trigers' (line 7) is ignored"], config.Warnings);
    }

    [Theory]
    [InlineData("buildTool: go\nstages: [{name: a, script: [x]}]", OcelotValidator.NoImage)]
    [InlineData("image: ''\nmachineTag: ''\nbuildTool: go\nstages: [{name: a, script: [x]}]", OcelotValidator.NoImage)]
    [InlineData("image: alpine\nmachineTag: mac\nbuildTool: go\nstages: [{name: a, script: [x]}]", OcelotValidator.BothImageAndTag)]
    [InlineData("image: alpine\nstages: [{name: a, script: [x]}]", OcelotValidator.NoBuildTool)]
    [InlineData("image: alpine\nbuildTool: go", OcelotValidator.NoStages)]
    [InlineData("image: alpine\nbuildTool: go\nstages: []", OcelotValidator.NoStages)]
    [InlineData("image: alpine\nbuildTool: go\nstages: [{name: a, script: [x]}, {name: deploy, script: []}]", "Script for stage deploy should not be empty")]
    [InlineData("image: alpine\nbuildTool: go\nstages: [{name: deploy}]", "Script for stage deploy should not be empty")]
    [InlineData("image: alpine\nbuildTool: go\nstages: [{name: a, script: [x], triggers: ['master']}]", @"'triggers' conditions must follow spec, this one did not: master: Directive must start with one of: '\branch', '\text', '\filepath'")]
    [InlineData("image: alpine\nbuildTool: go\nstages: [{name: a, script: [x], triggers: ['\\branch a||b&&c']}]", @"'triggers' conditions must follow spec, this one did not: \branch a||b&&c: || and && cannot yet be combined in one directive. sorry.")]
    [InlineData("machineTag: Mac OS\nbuildTool: go\nstages: [{name: a, script: [x]}]", "machineTag must be lower case letters, digits, '-' or '_' (it names the queue ci-<machineTag>): 'Mac OS'")]
    [InlineData("image: alpine\nbuildTool: go\nenv: [NOVALUE]\nstages: [{name: a, script: [x]}]", "env entries are KEY=VALUE, not 'NOVALUE'")]
    [InlineData("image: alpine\nbuildTool: go\nstages: [{name: a, script: [x]}]\nsubscriptions: [{alias: my-lib, acctRepo: a/b, branches: ['main:main']}]", "subscription alias must match ^[a-zA-Z_]+$: 'my-lib'")]
    public void A_file_failing_validation_says_why_in_Ocelot_s_words(string yaml, string reason) =>
        Assert.Equal(reason, OcelotValidator.Validate(OcelotYaml.Parse(yaml)));

    [Theory]
    [InlineData("image: alpine\n  buildTool: : go", "is not valid YAML (line")]
    [InlineData("image: alpine\nenv: {A: 1}", "'env' (line 2) must be a list")]
    [InlineData("buildTool: sh\nbranches: [ALL\nstages: []\n", "ocelot.yml is not valid YAML: it ends inside an unclosed [ or {")]
    [InlineData("image: [a, b]", "'image' (line 1) must be a single value")]
    [InlineData("stages: {name: a}", "'stages' (line 1) must be a list")]
    [InlineData("notify: {slack: {identifier: x, on: [PASS, SOMETIMES]}}", "notify.slack.on (line 1) takes PASS and FAIL, not 'SOMETIMES'")]
    [InlineData("stages: [{name: a, script: [x], timeout: soon}]", "timeout of stage a (line 1) is not a length of time")]
    [InlineData("subscriptions: [{alias: lib, acctRepo: a/b, branches: [main]}]", "subscription branches are 'upstream:downstream', not 'main'")]
    public void A_file_of_the_wrong_shape_is_an_error_with_its_line(string yaml, string error) =>
        Assert.Contains(error, Assert.Throws<OcelotYamlException>(() => OcelotYaml.Parse(yaml)).Message);

    [Fact]
    public void Subscriptions_map_upstream_branches_to_downstream_branches()
    {
        var config = OcelotYaml.Parse("""
            subscriptions:
              - alias: LIB
                acctRepo: org/lib
                branches: ["main:develop", "release:release"]
            """);

        var subscription = Assert.Single(config.Subscriptions);
        Assert.Equal("LIB", subscription.Alias);
        Assert.Equal("org/lib", subscription.AcctRepo);
        Assert.Equal("develop", subscription.Branches["main"]);
        Assert.Equal("release", subscription.Branches["release"]);
    }

    [Fact]
    public void An_empty_file_reads_as_nothing_and_fails_validation_for_its_image() =>
        Assert.Equal(OcelotValidator.NoImage, OcelotValidator.Validate(OcelotYaml.Parse("")));
}
