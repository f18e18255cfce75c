using Hooks.Gateway.Workspaces;

namespace Hooks.Gateway.Tests.Workspaces;

public sealed class RepositoryUrlFacts
{
    [Theory]
    [InlineData("https://GitLab.Example.org/Group/App.git", "https://gitlab.example.org/Group/App")]
    [InlineData("https://gitlab.example.org:443/Group/App/", "https://gitlab.example.org/Group/App")]
    [InlineData("https://oauth2@gitlab.example.org/Group/App", "https://gitlab.example.org/Group/App")]
    public void Spellings_of_one_https_repository_share_a_mirror(string url, string normalised)
    {
        var parsed = RepositoryUrl.Parse(url);

        Assert.Equal(normalised, parsed.Normalised);
        Assert.Equal(RepositoryUrl.Parse("https://gitlab.example.org/Group/App.git").MirrorKey, parsed.MirrorKey);
        Assert.StartsWith("App-", parsed.MirrorKey, StringComparison.Ordinal);
    }

    [Fact]
    public void Scp_like_and_ssh_urls_of_one_repository_share_a_mirror()
    {
        Assert.Equal(RepositoryUrl.Parse("ssh://git@github.com/octo/hello.git").MirrorKey, RepositoryUrl.Parse("git@github.com:octo/hello.git").MirrorKey);
    }

    [Fact]
    public void Different_repositories_or_servers_get_different_mirrors()
    {
        Assert.NotEqual(RepositoryUrl.Parse("https://a.example/x/app").MirrorKey, RepositoryUrl.Parse("https://b.example/x/app").MirrorKey);
        Assert.NotEqual(RepositoryUrl.Parse("https://a.example/x/app").MirrorKey, RepositoryUrl.Parse("https://a.example/y/app").MirrorKey);
    }

    [Theory]
    [InlineData("https://user:secret@example.org/r.git")]
    [InlineData("ftp://example.org/r.git")]
    [InlineData("r.git")]
    public void A_url_with_a_password_or_an_unknown_form_is_refused(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => RepositoryUrl.Parse(url));

        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_go_only_to_the_same_scheme_and_host()
    {
        var top = RepositoryUrl.Parse("https://gitlab.example.org/g/app.git");

        Assert.True(top.SameServerAs(RepositoryUrl.Parse("https://GITLAB.example.org/g/lib.git")));
        Assert.False(top.SameServerAs(RepositoryUrl.Parse("https://github.com/g/lib.git")));
        Assert.False(top.SameServerAs(RepositoryUrl.Parse("http://gitlab.example.org/g/lib.git")));
    }
}
