using Hooks.Contracts.Platform;
using Hooks.Gateway.Tests.Support;
using Hooks.Gateway.Workspaces;
using Hooks.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hooks.Gateway.Tests.Workspaces;

public sealed class WorkspaceFacts : IAsyncLifetime
{
    private readonly LocalGitRepository _origin = new("app");
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private PlatformServices _platform = null!;

    public async Task InitializeAsync() => _platform = await PlatformServices.StartAsync(time: _time);

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _origin.Dispose();
    }

    [Fact]
    public async Task The_exact_commit_is_checked_out_even_after_the_branch_moved_on()
    {
        string first = _origin.Commit("README.md", "first");
        _origin.Commit("README.md", "second");

        await using var workspace = await _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, first), default);

        Assert.Equal("first", await File.ReadAllTextAsync(Path.Combine(workspace.Path, "README.md")));
        Assert.Equal(first, LocalGitRepository.Git(workspace.Path, "rev-parse", "HEAD").Trim());
        Assert.Equal(first, workspace.Commit);
        Assert.StartsWith(Path.Combine(_platform.DataDirectory, "workspaces"), workspace.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commit_on_no_branch_any_more_is_fetched_by_its_id()
    {
        _origin.Commit("README.md", "base");
        LocalGitRepository.Git(_origin.WorkPath, "checkout", "--quiet", "-b", "topic");
        string topic = _origin.Commit("topic.txt", "only on topic");
        LocalGitRepository.Git(_origin.WorkPath, "push", "--quiet", "origin", "--delete", "topic");

        await using var workspace = await _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, topic), default);

        Assert.Equal("only on topic", await File.ReadAllTextAsync(Path.Combine(workspace.Path, "topic.txt")));
    }

    [Fact]
    public async Task Submodules_are_checked_out_recursively_at_the_commits_recorded()
    {
        using var lib = new LocalGitRepository("lib");
        using var deep = new LocalGitRepository("deep");
        deep.Commit("deep.txt", "deep v1");
        string libFirst = lib.Commit("lib.txt", "lib v1");
        lib.AddSubmodule(deep, "vendor/deep");
        _origin.Commit("app.txt", "app");
        _origin.AddSubmodule(lib, "lib");
        string pinned = _origin.Head();
        lib.Commit("lib.txt", "lib v2 (not recorded by app)");

        await using var workspace = await _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, pinned), default);

        Assert.Equal("lib v1", await File.ReadAllTextAsync(Path.Combine(workspace.Path, "lib", "lib.txt")));
        Assert.Equal("deep v1", await File.ReadAllTextAsync(Path.Combine(workspace.Path, "lib", "vendor", "deep", "deep.txt")));
        Assert.NotEqual(libFirst, LocalGitRepository.Git(Path.Combine(workspace.Path, "lib"), "rev-parse", "HEAD").Trim());
        Assert.Equal(lib.Url, LocalGitRepository.Git(Path.Combine(workspace.Path, "lib"), "remote", "get-url", "origin").Trim());
        string status = LocalGitRepository.Git(workspace.Path, "submodule", "status", "--recursive");
        Assert.DoesNotContain('-', status.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[0]));
    }

    [Fact]
    public async Task The_second_checkout_fetches_only_the_new_objects_into_the_same_mirror()
    {
        string first = _origin.AddHistory(commits: 60, files: 10);
        await using (await _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, first), default))
        {
        }

        string mirror = Assert.Single(Directory.GetDirectories(Path.Combine(_platform.DataDirectory, "git", "mirrors")));
        var packsBefore = Packs(mirror);
        long objectsBefore = ObjectCount(mirror);
        string second = _origin.Commit("new.txt", "one new file");

        await using var workspace = await _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, second), default);

        Assert.Equal("one new file", await File.ReadAllTextAsync(Path.Combine(workspace.Path, "new.txt")));
        Assert.Single(Directory.GetDirectories(Path.Combine(_platform.DataDirectory, "git", "mirrors")));
        Assert.All(packsBefore, pack => Assert.Equal(pack.Value, File.GetLastWriteTimeUtc(pack.Key)));
        // A commit, its root tree and one blob: nothing else travelled.
        Assert.Equal(3, ObjectCount(mirror) - objectsBefore);
    }

    [Fact]
    public async Task A_commit_the_mirror_has_is_checked_out_without_asking_the_repository()
    {
        string commit = _origin.Commit("README.md", "cached");
        await using (await _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, commit), default))
        {
        }

        Directory.Move(_origin.BarePath, _origin.BarePath + ".gone");
        try
        {
            await using var again = await _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, commit), default);
            Assert.Equal("cached", await File.ReadAllTextAsync(Path.Combine(again.Path, "README.md")));
        }
        finally
        {
            Directory.Move(_origin.BarePath + ".gone", _origin.BarePath);
        }
    }

    [Fact]
    public async Task An_unknown_commit_fails_naming_the_commit_and_the_repository()
    {
        _origin.Commit("README.md", "something");
        const string Missing = "0123456789abcdef0123456789abcdef01234567";

        var error = await Assert.ThrowsAsync<CommitNotFoundException>(() => _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, Missing), default));

        Assert.Contains(Missing, error.Message, StringComparison.Ordinal);
        Assert.Contains(_origin.Url, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(_platform.DataDirectory, "workspaces")));
    }

    [Fact]
    public async Task A_short_id_or_a_branch_name_is_refused_as_not_exact()
    {
        _origin.Commit("README.md", "x");

        await Assert.ThrowsAsync<ArgumentException>(() => _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, "main"), default));
        await Assert.ThrowsAsync<ArgumentException>(() => _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, _origin.Head()[..12]), default));
    }

    [Fact]
    public async Task Disposing_removes_the_workspace()
    {
        var workspace = await _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, _origin.Commit("a", "a")), default);
        Assert.True(Directory.Exists(workspace.Path));

        await workspace.DisposeAsync();

        Assert.False(Directory.Exists(workspace.Path));
    }

    [Fact]
    public async Task A_failed_workspace_is_kept_for_a_day_then_swept()
    {
        var workspace = await _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, _origin.Commit("a", "a")), default);
        workspace.MarkFailed();
        await workspace.DisposeAsync();
        var sweeper = ActivatorUtilities.CreateInstance<WorkspaceSweeper>(_platform.Services);

        _time.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, sweeper.Sweep());
        Assert.True(Directory.Exists(workspace.Path));

        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, sweeper.Sweep());
        Assert.False(Directory.Exists(workspace.Path));
        Assert.False(File.Exists(workspace.Path + KeptDirectory.KeepSuffix));
    }

    [Fact]
    public async Task Concurrent_checkouts_of_one_repository_all_succeed_and_leave_the_mirror_sound()
    {
        var commits = Enumerable.Range(0, 6).Select(i => _origin.Commit($"f{i}.txt", $"v{i}")).ToList();

        var workspaces = await Task.WhenAll(commits.Select(c => _platform.Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, c), default)));

        for (int i = 0; i < commits.Count; i++)
        {
            Assert.Equal(commits[i], LocalGitRepository.Git(workspaces[i].Path, "rev-parse", "HEAD").Trim());
            await workspaces[i].DisposeAsync();
        }

        string mirror = Assert.Single(Directory.GetDirectories(Path.Combine(_platform.DataDirectory, "git", "mirrors")));
        LocalGitRepository.Git(mirror, "fsck", "--strict");
    }

    [Fact]
    public async Task Two_gateways_sharing_the_data_directory_fetch_into_one_mirror_in_turn()
    {
        var commits = Enumerable.Range(0, 8).Select(i => _origin.Commit($"g{i}.txt", $"v{i}")).ToList();
        await using var other = await PlatformServices.StartAsync(new Dictionary<string, string?> { ["Hooks:DataDirectory"] = _platform.DataDirectory });

        // Each gateway has its own in-process locks: only the mirror's lock file keeps their fetches apart.
        var workspaces = await Task.WhenAll(commits.Select((c, i) => (i % 2 == 0 ? _platform : other).Workspaces.CheckoutAsync(new CheckoutRequest(_origin.Url, c), default)));

        Assert.Equal(commits, workspaces.Select(w => LocalGitRepository.Git(w.Path, "rev-parse", "HEAD").Trim()));
        foreach (var workspace in workspaces)
        {
            await workspace.DisposeAsync();
        }

        string mirror = Assert.Single(Directory.GetDirectories(Path.Combine(_platform.DataDirectory, "git", "mirrors")));
        LocalGitRepository.Git(mirror, "fsck", "--strict");
    }

    [Fact]
    public async Task A_url_with_a_password_is_refused_without_repeating_it()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            _platform.Workspaces.CheckoutAsync(new CheckoutRequest("https://user:hunter2@example.org/r.git", new string('a', 40)), default));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, DateTime> Packs(string mirror) =>
        Directory.GetFiles(Path.Combine(mirror, "objects", "pack"), "*.pack").ToDictionary(p => p, File.GetLastWriteTimeUtc);

    private static long ObjectCount(string mirror)
    {
        var fields = LocalGitRepository.Git(mirror, "count-objects", "-v").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(": ")).ToDictionary(f => f[0], f => f[1]);
        return long.Parse(fields["count"]) + long.Parse(fields["in-pack"]);
    }
}
