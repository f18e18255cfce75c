using Hooks.Contracts.Platform;
using Hooks.Plugins.PackageBuilds.Configuration;
using Hooks.Plugins.PackageBuilds.Tests.Support;

namespace Hooks.Plugins.PackageBuilds.Tests.Configuration;

/// <summary>The YAML file: amp_ci's as it was, what this plugin adds, and errors that name their line.</summary>
public sealed class ConfigReaderFacts
{
    [Fact]
    public void Amp_ci_s_last_amp_yaml_reads_as_it_was_meant()
    {
        var config = BuildConfigReader.Parse("amp.yaml", AmpCiFiles.Generation1);

        Assert.Equal(5, config.Workers);
        Assert.Equal("/srv/scratch", config.TempRoot);
        Assert.Equal(9, config.Repositories.Count);
        Assert.Equal("https://github.com/AudiovisualMetadataPlatform/amppd", config.Repository("amppd")!.CloneUrl);
        Assert.Equal("amp_bootstrap", config.Bootstrap.Name);
        Assert.Equal("https://github.com/AudiovisualMetadataPlatform/amp_bootstrap", config.Bootstrap.CloneUrl);
        Assert.Equal(["build_packages", "distribute_to_liger"], config.Scripts.For("galaxy", "main")!.Scripts);
        Assert.Equal("scripts.refs/heads/master", config.Scripts.For("whisper", "master")!.Key);
        Assert.Null(config.Scripts.For("amppd", "feature/main"));
        Assert.Contains("amp.yaml:7: scripts key 'refs/head/master' read as 'refs/heads/master'", config.Warnings);
        Assert.Contains("amp.yaml:10: scripts key 'refs/head/main' read as 'refs/heads/main'", config.Warnings);
        Assert.Equal(2, config.Warnings.Count);
        Assert.Null(config.Notify.Smtp);
    }

    [Fact]
    public void What_this_plugin_adds_is_read_too()
    {
        var config = BuildConfigReader.Parse("builds.yaml", """
            bootstrap: {name: tools, url: https://git.example/tools.git, branches: [stable]}
            baseurl: https://git.example/team
            repos:
              - app
              - {name: lib, url: ssh://git@git.example/lib.git, branches: [main, release]}
            scripts: {'*': [make]}
            keepFailedFor: 3d
            timeout: 90m
            source: github
            notify:
              smtp: {host: smtp.example.org, port: 587, from: ci@example.org, tls: starttls, user: ci}
              to: [pusher, team@example.org]
              subject: "Build of {repository} broke"
              chat: {url: https://chat.example.org/hooks/abc}
            """);

        Assert.Equal("tools", config.Bootstrap.Name);
        Assert.Equal("https://git.example/tools.git", config.Bootstrap.CloneUrl);
        Assert.Equal(["stable"], config.Bootstrap.Branches);
        Assert.Equal("stable", config.Bootstrap.DefaultBranch);
        Assert.Equal("ssh://git@git.example/lib.git", config.Repository("lib")!.CloneUrl);
        Assert.False(config.Repository("lib")!.Builds("feature"));
        Assert.True(config.Repository("app")!.Builds("feature"));
        Assert.Equal(TimeSpan.FromDays(3), config.KeepFailedFor);
        Assert.Equal(TimeSpan.FromMinutes(90), config.Timeout);
        Assert.Equal("github", config.Source);
        Assert.Equal(new SmtpSettings("smtp.example.org", 587) { Tls = SmtpTls.StartTls, UserName = "ci" }, config.Notify.Smtp);
        Assert.Equal("ci@example.org", config.Notify.From);
        Assert.True(config.Notify.ToPusher);
        Assert.Equal(["team@example.org"], config.Notify.To);
        Assert.Equal("Build of {repository} broke", config.Notify.Subject);
        Assert.Equal(new Uri("https://chat.example.org/hooks/abc"), config.Notify.ChatUrl);
        Assert.Empty(config.Warnings);
    }

    [Fact]
    public void The_default_subject_is_amp_ci_s_and_mail_goes_to_the_pusher()
    {
        var config = BuildConfigReader.Parse("amp.yaml", "baseurl: https://x\nrepos: [a]\nscripts: {a: [make]}\nnotify: {smtp: {host: localhost, from: ci@example.org}}\n");

        Assert.Equal("AMP build failed for {repository}/{commit_id}", config.Notify.Subject);
        Assert.True(config.Notify.ToPusher);
        Assert.Empty(config.Notify.To);
        Assert.Equal(new SmtpSettings("localhost", 25), config.Notify.Smtp);
    }

    [Theory]
    [InlineData("repos: [a]\nscripts: {a: [make]\n", 3, "not valid YAML")]
    [InlineData("baseurl: https://x\nscripts: {a: [make]}\n", 1, "'repos' is missing")]
    [InlineData("baseurl: https://x\nrepos: [a]\n", 1, "'scripts' is missing")]
    [InlineData("repos: [a]\nscripts: {a: [make]}\n", 1, "repository 'amp_bootstrap' has no url and there is no baseurl")]
    [InlineData("baseurl: https://x\nrepos: [a, b, a]\nscripts: {a: [make]}\n", 2, "repos names 'a' twice")]
    [InlineData("baseurl: https://x\nrepos: [a]\nscripts:\n  a: [make]\n  elsewhere:\n    main: [make]\n", 5, "'elsewhere' is not a repository in repos")]
    [InlineData("baseurl: https://x\nrepos: [a]\nscripts: {a: []}\n", 3, "scripts.a must be a list of scripts")]
    [InlineData("baseurl: https://x\nrepos: [a]\nscripts: {a: [make]}\nworkers: none\n", 4, "workers must be a whole number above 0")]
    [InlineData("baseurl: https://x\nrepos: [a]\nscripts: {a: [make]}\ntimeout: soon\n", 4, "timeout 'soon' is not a duration")]
    [InlineData("baseurl: https://x\nrepos: [a]\nscripts: {a: [make]}\nnotify:\n  smtp: {port: 25, from: x@y}\n", 5, "notify.smtp needs a host")]
    [InlineData("baseurl: https://x\nrepos: [a]\nscripts: {a: [make]}\nnotify: {chat: {url: not a url}}\n", 4, "notify.chat.url 'not a url' is not an absolute URL")]
    [InlineData("- just\n- a list\n", 1, "the file must be a mapping")]
    public void A_wrong_file_is_refused_with_its_line_and_reason(string yaml, int line, string reason)
    {
        var error = Assert.Throws<BuildConfigException>(() => BuildConfigReader.Parse("/etc/hooks/amp.yaml", yaml));

        Assert.StartsWith($"/etc/hooks/amp.yaml:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_settings_are_accepted_with_a_warning_naming_their_line()
    {
        var config = BuildConfigReader.Parse("amp.yaml", "baseurl: https://x\nrepos: [a]\nscripts: {a: [make]}\nworkdir: /tmp\nretries: 3\n");

        Assert.Equal(["amp.yaml:5: 'retries' is not a setting; ignored"], config.Warnings);
    }

    [Fact]
    public void A_missing_file_says_so()
    {
        var error = Assert.Throws<BuildConfigException>(() => BuildConfigReader.Read("/nonexistent/amp.yaml"));

        Assert.Equal("/nonexistent/amp.yaml: the configuration file does not exist (Hooks:Plugins:package-builds:ConfigFile)", error.Message);
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("30s", 30)]
    [InlineData("15m", 900)]
    [InlineData("2h", 7200)]
    [InlineData("1d", 86400)]
    [InlineData("01:30:00", 5400)]
    public void Durations_read_as_people_write_them(string text, int seconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }
}
