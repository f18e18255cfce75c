using Hooks.Contracts.Events;
using Hooks.Contracts.Forges;
using WireMock.RequestBuilders;

namespace Hooks.Gateway.Tests.Forges;

/// <summary>The Bitbucket Cloud client against its documented <c>/2.0</c> shapes (pages with <c>next</c>), served by WireMock.Net.</summary>
public sealed class BitbucketCloudClientFacts : IDisposable
{
    private readonly FakeForge _bitbucket = new(Forge.BitbucketCloud, "/2.0");

    public void Dispose() => _bitbucket.Dispose();

    [Fact]
    public async Task Commits_between_two_shas_follow_next_in_the_body_and_carry_their_diffstat_paths()
    {
        string commits = "/2.0/repositories/team/hello/commits/h3";
        _bitbucket.Json(
            Request.Create().WithPath(commits).WithParam("exclude", "h0").UsingGet().WithParam(key => !key.ContainsKey("page")),
            $$"""{"pagelen":1,"values":[{"hash":"h3","message":"three"}],"next":"{{_bitbucket.Server.Url}}{{commits}}?exclude=h0&page=2"}""");
        _bitbucket.Json(Request.Create().WithPath(commits).WithParam("page", "2").UsingGet(), """{"pagelen":1,"values":[{"hash":"h2","message":"two"}]}""");
        _bitbucket.Json("/2.0/repositories/team/hello/diffstat/h3", """{"values":[{"status":"renamed","old":{"path":"a.txt"},"new":{"path":"b.txt"}}]}""");
        _bitbucket.TooManyRequestsOnce("/2.0/repositories/team/hello/diffstat/h2", """{"values":[{"status":"removed","old":{"path":"c.txt"},"new":null}]}""", retryAfter: "1");

        var between = await _bitbucket.Client.CommitsBetweenAsync("team/hello", "h0", "h3", CancellationToken.None);

        Assert.Equal(["h3", "h2"], between.Select(c => c.Sha));
        Assert.Equal(["a.txt", "b.txt"], between[0].Paths);
        Assert.Equal(["c.txt"], between[1].Paths);
    }

    [Fact]
    public async Task A_next_page_on_another_host_is_refused()
    {
        _bitbucket.Json("/2.0/repositories/team/hello/commits/h1", """{"values":[],"next":"https://elsewhere.example.org/2.0/x?page=2"}""");

        await Assert.ThrowsAsync<ForgeApiException>(() => _bitbucket.Client.CommitsBetweenAsync("team/hello", "h0", "h1", CancellationToken.None));

        Assert.Single(_bitbucket.Calls);
    }

    [Fact]
    public async Task A_file_at_a_commit_and_a_branch_head_are_read()
    {
        _bitbucket.Json("/2.0/repositories/team/hello/src/h9/ci/run.sh", "echo hi");
        _bitbucket.Json("/2.0/repositories/team/hello/refs/branches/main", """{"name":"main","target":{"hash":"h9"}}""");

        byte[]? file = await _bitbucket.Client.FileAsync("team/hello", "ci/run.sh", "h9", CancellationToken.None);

        Assert.Equal("echo hi", System.Text.Encoding.UTF8.GetString(file!));
        Assert.Equal("h9", await _bitbucket.Client.BranchHeadAsync("team/hello", "main", CancellationToken.None));
    }
}
