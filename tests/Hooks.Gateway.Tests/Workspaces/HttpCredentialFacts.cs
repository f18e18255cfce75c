using Hooks.Contracts.Platform;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Workspaces;

/// <summary>Checkouts from a repository served over HTTP with basic authentication, as a forge serves private repositories.</summary>
public sealed class HttpCredentialFacts : IAsyncLifetime
{
    private const string User = "builder";
    private const string Secret = "http-s3cret-token";

    private readonly LocalGitRepository _origin = new("private");
    private GitHttpServer _server = null!;
    private PlatformServices _platform = null!;

    public async Task InitializeAsync()
    {
        _server = await GitHttpServer.StartAsync(Path.GetDirectoryName(_origin.BarePath)!, User, Secret);
        _platform = await PlatformServices.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        await _server.DisposeAsync();
        _origin.Dispose();
    }

    private string Url => new Uri(_server.Address, "private.git").AbsoluteUri;

    [Fact]
    public async Task The_right_credentials_check_out_a_private_repository_over_http()
    {
        string commit = _origin.Commit("README.md", "behind a password");

        await using var workspace = await _platform.Workspaces.CheckoutAsync(new CheckoutRequest(Url, commit, new GitCredentials(User, Secret)), default);

        Assert.Equal("behind a password", await File.ReadAllTextAsync(Path.Combine(workspace.Path, "README.md")));
        Assert.True(_server.Refused > 0, "git first asked without credentials, was refused, then asked GIT_ASKPASS");
        Assert.DoesNotContain(Secret, await File.ReadAllTextAsync(Path.Combine(workspace.Path, ".git", "config")), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, string.Concat(Directory.GetFiles(Path.Combine(_platform.DataDirectory, "git", "mirrors"), "config", SearchOption.AllDirectories).Select(File.ReadAllText)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_or_missing_credentials_fail_without_showing_the_secret_and_without_prompting()
    {
        string commit = _origin.Commit("README.md", "x");

        var wrong = await Assert.ThrowsAnyAsync<WorkspaceException>(() =>
            _platform.Workspaces.CheckoutAsync(new CheckoutRequest(Url, commit, new GitCredentials(User, "not-" + Secret)), default));
        var none = await Assert.ThrowsAnyAsync<WorkspaceException>(() => _platform.Workspaces.CheckoutAsync(new CheckoutRequest(Url, commit), default));

        Assert.DoesNotContain(Secret, wrong.Message, StringComparison.Ordinal);
        Assert.Contains("Authentication failed", wrong.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Url, none.Message, StringComparison.Ordinal);
    }
}
