using Hooks.Contracts.Platform;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Workspaces;

/// <summary>The paths a push changed, from the mirror cache: what forges that list no files (Bitbucket) leave out.</summary>
public sealed class ChangedFilesFacts : IAsyncLifetime
{
    private readonly LocalGitRepository _origin = new("app");
    private PlatformServices _platform = null!;

    public async Task InitializeAsync() => _platform = await PlatformServices.StartAsync();

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _origin.Dispose();
    }

    [Fact]
    public async Task The_paths_between_two_commits_are_every_path_added_changed_or_removed_on_the_way()
    {
        _origin.Commit("keep.txt", "kept");
        _origin.Commit("src/main/Old.java", "old");
        string before = _origin.Commit("README.md", "v1");
        _origin.Commit("src/test/FooTest.java", "test");
        File.Delete(Path.Combine(_origin.WorkPath, "src/main/Old.java"));
        _origin.Commit("README.md", "v2");
        string after = _origin.Commit("docs/ünïcode.md", "docs");

        var files = await _platform.Workspaces.ChangedFilesAsync(_origin.Url, before, after, null, default);

        Assert.Equal(["README.md", "docs/ünïcode.md", "src/main/Old.java", "src/test/FooTest.java"], files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_a_previous_commit_the_paths_are_those_of_the_commit_itself()
    {
        string root = _origin.Commit("a.txt", "a");
        string head = _origin.Commit("b/c.txt", "c");

        Assert.Equal(["b/c.txt"], await _platform.Workspaces.ChangedFilesAsync(_origin.Url, null, head, null, default));
        Assert.Equal(["b/c.txt"], await _platform.Workspaces.ChangedFilesAsync(_origin.Url, GitHubPush.Zeros, head, null, default));
        Assert.Equal(["a.txt"], await _platform.Workspaces.ChangedFilesAsync(_origin.Url, null, root, null, default));
    }

    [Fact]
    public async Task A_previous_commit_the_repository_no_longer_has_counts_as_none()
    {
        _origin.Commit("a.txt", "a");
        string head = _origin.Commit("b.txt", "b");

        var files = await _platform.Workspaces.ChangedFilesAsync(_origin.Url, "1234567890123456789012345678901234567890", head, null, default);

        Assert.Equal(["b.txt"], files);
    }

    [Fact]
    public async Task A_commit_the_repository_does_not_have_is_not_found()
    {
        _origin.Commit("a.txt", "a");

        await Assert.ThrowsAsync<CommitNotFoundException>(() => _platform.Workspaces.ChangedFilesAsync(_origin.Url, null, "1234567890123456789012345678901234567890", null, default));
    }
}
