using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;
using WireMock.RequestBuilders;

namespace Hooks.Gateway.Tests.Forges;

/// <summary>The GitHub client against GitHub's documented REST shapes (Enterprise Server's <c>/api/v3</c>), served by WireMock.Net.</summary>
public sealed class GitHubClientFacts : IDisposable
{
    private readonly FakeForge _gitHub = new(Forge.GitHub, "/api/v3");

    public void Dispose() => _gitHub.Dispose();

    [Fact]
    public async Task Commits_between_two_shas_follow_the_link_header_and_carry_each_commits_files()
    {
        string compare = "/api/v3/repos/octo/hello/compare/a0...a3";
        _gitHub.Json(Request.Create().WithPath(compare).WithParam("page", "2").UsingGet(), """{"commits":[{"sha":"a3","commit":{"message":"three"}}]}""");
        _gitHub.Json(
            Request.Create().WithPath(compare).WithParam("per_page", "100").UsingGet().WithParam(key => !key.ContainsKey("page")),
            """{"commits":[{"sha":"a1","commit":{"message":"one"}},{"sha":"a2","commit":{"message":"two"}}]}""",
            ("Link", $"<{_gitHub.Server.Url}{compare}?per_page=100&page=2>; rel=\"next\""));
        _gitHub.Json("/api/v3/repos/octo/hello/commits/a1", """{"sha":"a1","files":[{"filename":"new.txt","previous_filename":"old.txt","status":"renamed"}]}""");
        _gitHub.Json("/api/v3/repos/octo/hello/commits/a2", """{"sha":"a2","files":[{"filename":"x.cs","status":"modified"}]}""");
        _gitHub.Json("/api/v3/repos/octo/hello/commits/a3", """{"sha":"a3","files":[]}""");

        var commits = await _gitHub.Client.CommitsBetweenAsync("octo/hello", "a0", "a3", CancellationToken.None);

        Assert.Equal(["a1", "a2", "a3"], commits.Select(c => c.Sha));
        Assert.Equal(["old.txt", "new.txt"], commits[0].Paths);
        Assert.Equal("two", commits[1].Message);
        Assert.All(_gitHub.Calls, call => Assert.Equal("Bearer " + FakeForge.Token, FakeForge.Header(call, "Authorization")));
    }

    [Fact]
    public async Task A_next_link_to_another_host_is_not_followed_and_the_token_goes_nowhere_else()
    {
        _gitHub.Json(
            "/api/v3/repos/octo/hello/compare/a0...a1",
            """{"commits":[]}""",
            ("Link", "<https://elsewhere.example.org/api/v3/repos/octo/hello/compare/a0...a1?page=2>; rel=\"next\""));

        var error = await Assert.ThrowsAsync<ForgeApiException>(() => _gitHub.Client.CommitsBetweenAsync("octo/hello", "a0", "a1", CancellationToken.None));

        Assert.Contains("elsewhere.example.org", error.Message);
        Assert.Single(_gitHub.Calls);
    }

    [Fact]
    public async Task A_file_is_read_raw_at_a_commit_and_a_branch_head_is_its_commits_sha()
    {
        _gitHub.Json("/api/v3/repos/octo/hello/contents/src/app.cs", "class App {}");
        _gitHub.Json("/api/v3/repos/octo/hello/branches/main", """{"name":"main","commit":{"sha":"a9"}}""");

        byte[]? file = await _gitHub.Client.FileAsync("octo/hello", "src/app.cs", "a9", CancellationToken.None);
        string? head = await _gitHub.Client.BranchHeadAsync("octo/hello", "main", CancellationToken.None);
        string? none = await _gitHub.Client.BranchHeadAsync("octo/hello", "gone", CancellationToken.None);

        Assert.Equal("class App {}", System.Text.Encoding.UTF8.GetString(file!));
        Assert.Equal("a9", head);
        Assert.Null(none);
        Assert.Equal("a9", _gitHub.Calls[0].RequestMessage.Query!["ref"].ToString());
        Assert.Equal("application/vnd.github.raw+json", FakeForge.Header(_gitHub.Calls[0], "Accept"));
    }

    [Fact]
    public async Task A_429_without_retry_after_is_retried_after_a_back_off()
    {
        _gitHub.TooManyRequestsOnce("/api/v3/repos/octo/hello/branches/main", """{"name":"main","commit":{"sha":"a9"}}""", retryAfter: null);

        Assert.Equal("a9", await _gitHub.Client.BranchHeadAsync("octo/hello", "main", CancellationToken.None));
        Assert.Equal(2, _gitHub.Calls.Count);
    }
}
