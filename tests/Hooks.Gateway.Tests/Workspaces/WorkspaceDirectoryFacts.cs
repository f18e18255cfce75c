using Hooks.Contracts.Platform;
using Hooks.Gateway.Tests.Support;
using Hooks.Gateway.Workspaces;
using Hooks.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Hooks.Gateway.Tests.Workspaces;

/// <summary>Several checkouts side by side in one directory, and asking a remote where a branch points.</summary>
public sealed class WorkspaceDirectoryFacts : IAsyncLifetime
{
    private readonly LocalGitRepository _app = new("app");
    private readonly LocalGitRepository _bootstrap = new("bootstrap");
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private PlatformServices _platform = null!;

    public async Task InitializeAsync() => _platform = await PlatformServices.StartAsync(time: _time);

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _app.Dispose();
        _bootstrap.Dispose();
    }

    [Fact]
    public async Task Checkouts_go_side_by_side_and_leave_with_the_directory()
    {
        string app = _app.Commit("app.txt", "app v1");
        _app.Commit("app.txt", "app v2");
        string bootstrap = _bootstrap.Commit("build.sh", "echo build");

        string path;
        await using (var directory = await _platform.Workspaces.CreateDirectoryAsync("build 7/app", default))
        {
            path = directory.Path;
            string bootstrapPath = await directory.CheckoutAsync(new CheckoutRequest(_bootstrap.Url, bootstrap), "amp_bootstrap", default);
            string appPath = await directory.CheckoutAsync(new CheckoutRequest(_app.Url, app), "src_repos/app", default);

            Assert.Equal(Path.Combine(path, "amp_bootstrap"), bootstrapPath);
            Assert.Equal("app v1", await File.ReadAllTextAsync(Path.Combine(path, "src_repos", "app", "app.txt")));
            Assert.Equal("echo build", await File.ReadAllTextAsync(Path.Combine(appPath, "..", "..", "amp_bootstrap", "build.sh")));
            Assert.StartsWith("build-7-app-", Path.GetFileName(path), StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(path));
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("/tmp/absolute")]
    [InlineData("")]
    public async Task A_path_out_of_the_directory_is_refused(string relativePath)
    {
        string commit = _app.Commit("app.txt", "app");
        await using var directory = await _platform.Workspaces.CreateDirectoryAsync("build", default);

        await Assert.ThrowsAsync<ArgumentException>(() => directory.CheckoutAsync(new CheckoutRequest(_app.Url, commit), relativePath, default));
    }

    [Fact]
    public async Task A_failed_directory_is_kept_as_long_as_asked()
    {
        string path;
        await using (var directory = await _platform.Workspaces.CreateDirectoryAsync("failed", default))
        {
            path = directory.Path;
            directory.MarkFailed(TimeSpan.FromHours(2));
        }

        Assert.True(Directory.Exists(path));
        var until = DateTimeOffset.Parse(await File.ReadAllTextAsync(path + KeptDirectory.KeepSuffix), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromHours(2), until);
    }

    [Fact]
    public async Task A_branch_head_is_read_from_the_remote_and_the_default_branch_named()
    {
        _app.Commit("app.txt", "on the default branch");
        string main = _app.Head();
        string defaultBranch = LocalGitRepository.Git(_app.WorkPath, "rev-parse", "--abbrev-ref", "HEAD").Trim();
        LocalGitRepository.Git(_app.WorkPath, "checkout", "--quiet", "-b", "topic");
        string topic = _app.Commit("topic.txt", "topic");

        Assert.Equal(new BranchHead("topic", topic), await _platform.Workspaces.BranchHeadAsync(_app.Url, "topic", null, default));
        Assert.Equal(new BranchHead(defaultBranch, main), await _platform.Workspaces.BranchHeadAsync(_app.Url, null, null, default));
        Assert.Null(await _platform.Workspaces.BranchHeadAsync(_app.Url, "no-such-branch", null, default));
        await Assert.ThrowsAsync<WorkspaceException>(() => _platform.Workspaces.BranchHeadAsync(_app.Url + "-missing", "main", null, default));
    }
}
