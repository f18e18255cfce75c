using Hooks.Contracts.Events;
using Hooks.Contracts.Platform;
using Hooks.Gateway.Sources;
using Hooks.Gateway.Tests.Support;
using Hooks.Gateway.Workspaces;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Workspaces;

/// <summary>A plugin that gives no credentials checks out its source's private repositories with the source's token.</summary>
public sealed class SourceCredentialFacts : IAsyncLifetime
{
    private const string Token = "glpat-private-clones";

    private readonly LocalGitRepository _origin = new("private");
    private GitHttpServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await GitHttpServer.StartAsync(Path.GetDirectoryName(_origin.BarePath)!, "oauth2", Token);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _origin.Dispose();
    }

    [Fact]
    public async Task A_gitlab_sources_token_checks_out_its_own_servers_private_repository()
    {
        string commit = _origin.Commit("README.md", "for members only");
        await using var platform = await PlatformServices.StartAsync(new Dictionary<string, string?>
        {
            ["Hooks:Sources:lab:Forge"] = "GitLab",
            ["Hooks:Sources:lab:BaseUrl"] = _server.Address.AbsoluteUri,
            ["Hooks:Sources:lab:Token"] = Token,
        });

        await using var workspace = await platform.Workspaces.CheckoutAsync(new CheckoutRequest(new Uri(_server.Address, "private.git").AbsoluteUri, commit), default);

        Assert.Equal("for members only", await File.ReadAllTextAsync(Path.Combine(workspace.Path, "README.md")));
        Assert.True(_server.Refused > 0, "git asked without credentials first, then with the source's token");
    }

    [Fact]
    public async Task Without_a_source_for_the_server_the_checkout_is_refused_by_it()
    {
        string commit = _origin.Commit("README.md", "x");
        await using var platform = await PlatformServices.StartAsync(new Dictionary<string, string?>
        {
            ["Hooks:Sources:lab:Forge"] = "GitLab",
            ["Hooks:Sources:lab:BaseUrl"] = "https://gitlab.example.com/",
            ["Hooks:Sources:lab:Token"] = Token,
        });

        await Assert.ThrowsAnyAsync<WorkspaceException>(() =>
            platform.Workspaces.CheckoutAsync(new CheckoutRequest(new Uri(_server.Address, "private.git").AbsoluteUri, commit), default));
    }

    [Theory]
    [InlineData("https://github.com/octo/private.git", "x-access-token")]
    [InlineData("https://gitlab.example.com/group/sub/app.git", "oauth2")]
    [InlineData("https://bitbucket.org/team/app.git", "x-token-auth")]
    [InlineData("https://GitLab.example.com/group/app", "oauth2")]
    public void Each_source_serves_its_own_host_with_its_forges_user_name(string cloneUrl, string userName)
    {
        var credentials = Credentials().For(RepositoryUrl.Parse(cloneUrl));

        Assert.NotNull(credentials);
        Assert.Equal(userName, credentials.UserName);
        Assert.Equal("token-of-" + credentials.UserName, credentials.Password);
    }

    [Theory]
    [InlineData("https://gitlab.other.example/group/app.git")]
    [InlineData("http://gitlab.example.com/group/app.git")]
    [InlineData("git@gitlab.example.com:group/app.git")]
    [InlineData("ssh://git@github.com/octo/private.git")]
    [InlineData("https://gitea.example.com/team/app.git")]
    public void Another_host_another_scheme_or_a_source_without_a_token_gets_nothing(string cloneUrl)
    {
        Assert.Null(Credentials().For(RepositoryUrl.Parse(cloneUrl)));
    }

    private static SourceGitCredentials Credentials() => new(new SourceRegistry(
    [
        new Source("hub", Forge.GitHub, "s", null, false, new Uri("https://api.github.com/"), "token-of-x-access-token"),
        new Source("lab", Forge.GitLab, "s", null, false, new Uri("https://gitlab.example.com/"), "token-of-oauth2"),
        new Source("bucket", Forge.BitbucketCloud, "s", null, false, new Uri("https://api.bitbucket.org/2.0/"), "token-of-x-token-auth"),
        new Source("tea", Forge.Gitea, "s", null, false, new Uri("https://gitea.example.com/"), null),
    ]));
}
