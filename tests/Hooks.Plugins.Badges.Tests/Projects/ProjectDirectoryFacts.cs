using Hooks.Contracts.Events;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.Badges.Projects;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.Badges.Tests.Projects;

public sealed class ProjectDirectoryFacts
{
    private static readonly Sources Configured = new(
        new SourceInfo("gitlab-public", Forge.GitLab, new Uri("https://gitlab.com"), true),
        new SourceInfo("gitlab-internal", Forge.GitLab, null, true),
        new SourceInfo("github", Forge.GitHub, new Uri("https://api.github.com"), true));

    [Fact]
    public void A_project_without_address_and_token_takes_both_from_its_source()
    {
        var project = Resolve(new ProjectOptions { Project = "lab/scopes", Source = "gitlab-public" });

        Assert.Equal("gitlab-public", project.ApiSource); // the gateway's client of that source: its token never reaches the plugin
        Assert.Null(project.ApiBase);
        Assert.Null(project.Token);
        Assert.Null(project.Problem);
    }

    [Fact]
    public void A_sources_token_is_never_sent_to_another_sources_gitlab()
    {
        var project = Resolve(new ProjectOptions { Project = "lab/scopes", Source = "gitlab-internal" });

        Assert.Null(project.ApiBase);
        Assert.Equal("no GitLab address: set ApiUrl, or BaseUrl on its source", project.Problem);
    }

    [Fact]
    public void A_project_with_its_own_address_and_token_uses_them_and_not_its_sources_client()
    {
        var project = Resolve(new ProjectOptions { Project = "lab/scopes", Source = "gitlab-public", ApiUrl = new Uri("https://gitlab.internal"), Token = "own" });

        Assert.Null(project.ApiSource);
        Assert.Equal(new Uri("https://gitlab.internal/api/v4/"), project.ApiBase);
        Assert.Equal("own", project.Token);
        Assert.Null(project.Problem);
    }

    [Fact]
    public void A_sources_token_does_not_follow_a_project_to_another_address()
    {
        var project = Resolve(new ProjectOptions { Project = "lab/scopes", Source = "gitlab-public", ApiUrl = new Uri("https://gitlab.internal") });

        Assert.Null(project.ApiSource);
        Assert.Equal("no API token: set Token, or Token on its source", project.Problem);
    }

    [Fact]
    public void A_given_address_gets_no_token_from_a_source_it_was_not_told_of()
    {
        var project = Resolve(new ProjectOptions { Project = "lab/scopes", ApiUrl = new Uri("https://gitlab.internal/api/v4") });

        Assert.Equal(new Uri("https://gitlab.internal/api/v4/"), project.ApiBase);
        Assert.Equal("no API token: set Token, or Token on its source", project.Problem);
    }

    [Theory]
    [InlineData("", "Project is empty")]
    [InlineData("lab/scopes|nowhere", "Source 'nowhere' is not a configured source")]
    [InlineData("lab/scopes|github", "Source 'github' is a GitHub source, not GitLab")]
    public void Misconfigured_projects_say_what_is_wrong(string projectAndSource, string problem)
    {
        string[] parts = projectAndSource.Split('|');
        var project = Resolve(new ProjectOptions { Project = parts[0], Source = parts.Length > 1 ? parts[1] : null, Token = "t" });

        Assert.StartsWith(problem, project.Problem);
    }

    [Fact]
    public void Urls_find_a_project_by_its_path_escaped_or_not_without_regard_to_case()
    {
        var directory = new ProjectDirectory(Options.Create(new BadgesOptions { Projects = [new ProjectOptions { Project = "Lab/Scopes", Source = "gitlab-public" }] }), Configured);

        Assert.Equal("Lab/Scopes", directory.Find("lab%2Fscopes")?.Key);
        Assert.Equal("Lab/Scopes", directory.Find("lab/scopes")?.Key);
        Assert.Null(directory.Find("lab%2Fother"));
    }

    private static BadgeProject Resolve(ProjectOptions project) =>
        Assert.Single(new ProjectDirectory(Options.Create(new BadgesOptions { Projects = [project] }), Configured).All);

    private sealed class Sources(params SourceInfo[] sources) : ISourceDirectory
    {
        public IReadOnlyList<SourceInfo> All => sources;

        public SourceInfo? Find(string name) => sources.FirstOrDefault(s => s.Name == name);
    }
}
