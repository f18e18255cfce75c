using Hooks.Contracts.Events;
using WireMock.RequestBuilders;

namespace Hooks.Gateway.Tests.Forges;

/// <summary>The Bitbucket Server client against its documented <c>/rest/api/1.0</c> shapes (<c>isLastPage</c>, <c>nextPageStart</c>).</summary>
public sealed class BitbucketServerClientFacts : IDisposable
{
    private const string Repo = "/rest/api/1.0/projects/PROJ/repos/hello";

    private readonly FakeForge _bitbucket = new(Forge.BitbucketServer);

    public void Dispose() => _bitbucket.Dispose();

    [Fact]
    public async Task Commits_between_two_shas_page_with_next_page_start_and_carry_their_changes()
    {
        _bitbucket.Json(
            Request.Create().WithPath(Repo + "/commits").WithParam("since", "s0").WithParam("until", "s2").UsingGet().WithParam(key => !key.ContainsKey("start")),
            """{"size":1,"limit":1,"isLastPage":false,"start":0,"nextPageStart":1,"values":[{"id":"s2","message":"two"}]}""");
        _bitbucket.Json(
            Request.Create().WithPath(Repo + "/commits").WithParam("start", "1").UsingGet(),
            """{"size":1,"limit":1,"isLastPage":true,"start":1,"values":[{"id":"s1","message":"one"}]}""");
        _bitbucket.Json(Repo + "/commits/s2/changes", """{"isLastPage":true,"values":[{"path":{"toString":"src/new.cs"},"srcPath":{"toString":"src/old.cs"},"type":"MOVE"}]}""");
        _bitbucket.TooManyRequestsOnce(Repo + "/commits/s1/changes", """{"isLastPage":true,"values":[{"path":{"toString":"README.md"},"type":"MODIFY"}]}""", retryAfter: "1");

        var between = await _bitbucket.Client.CommitsBetweenAsync("PROJ/hello", "s0", "s2", CancellationToken.None);

        Assert.Equal(["s2", "s1"], between.Select(c => c.Sha));
        Assert.Equal(["src/old.cs", "src/new.cs"], between[0].Paths);
        Assert.Equal(["README.md"], between[1].Paths);
        Assert.All(_bitbucket.Calls, call => Assert.Equal("Bearer " + FakeForge.Token, FakeForge.Header(call, "Authorization")));
    }

    [Fact]
    public async Task A_file_at_a_commit_and_a_branch_head_among_similar_names_are_read()
    {
        _bitbucket.Json(Repo + "/raw/pom.xml", "<project/>");
        _bitbucket.Json(
            Repo + "/branches",
            """{"isLastPage":true,"values":[{"id":"refs/heads/main-old","displayId":"main-old","latestCommit":"s7"},{"id":"refs/heads/main","displayId":"main","latestCommit":"s8"}]}""");

        byte[]? file = await _bitbucket.Client.FileAsync("PROJ/hello", "pom.xml", "s8", CancellationToken.None);

        Assert.Equal("<project/>", System.Text.Encoding.UTF8.GetString(file!));
        Assert.Equal("s8", _bitbucket.Calls[0].RequestMessage.Query!["at"].ToString());
        Assert.Equal("s8", await _bitbucket.Client.BranchHeadAsync("PROJ/hello", "main", CancellationToken.None));
    }
}
