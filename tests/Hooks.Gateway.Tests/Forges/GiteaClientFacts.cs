using Hooks.Contracts.Events;
using WireMock.RequestBuilders;

namespace Hooks.Gateway.Tests.Forges;

/// <summary>The Gitea/Forgejo client against Gitea's documented <c>/api/v1</c> shapes, served by WireMock.Net.</summary>
public sealed class GiteaClientFacts : IDisposable
{
    private readonly FakeForge _gitea = new(Forge.Gitea);

    public void Dispose() => _gitea.Dispose();

    [Fact]
    public async Task Commits_between_two_shas_page_through_the_history_down_to_the_older_sha()
    {
        string commits = "/api/v1/repos/octo/hello/commits";
        _gitea.Json(
            Request.Create().WithPath(commits).WithParam("sha", "c3").UsingGet().WithParam(key => !key.ContainsKey("page")),
            """[{"sha":"c3","commit":{"message":"three"},"files":[{"filename":"a.txt","status":"modified"}]}]""",
            ("Link", $"<{_gitea.Server.Url}{commits}?sha=c3&files=true&stat=false&limit=50&page=2>; rel=\"next\""));
        _gitea.Json(
            Request.Create().WithPath(commits).WithParam("page", "2").UsingGet(),
            """[{"sha":"c2","commit":{"message":"two"},"files":[{"filename":"b.txt","status":"added"}]},{"sha":"c1","commit":{"message":"one"},"files":[]}]""",
            ("Link", $"<{_gitea.Server.Url}{commits}?sha=c3&files=true&stat=false&limit=50&page=3>; rel=\"next\""));

        var between = await _gitea.Client.CommitsBetweenAsync("octo/hello", "c1", "c3", CancellationToken.None);

        Assert.Equal(["c3", "c2"], between.Select(c => c.Sha));
        Assert.Equal(["b.txt"], between[1].Paths);
        Assert.Equal(2, _gitea.Calls.Count);
        Assert.All(_gitea.Calls, call => Assert.Equal("token " + FakeForge.Token, FakeForge.Header(call, "Authorization")));
    }

    [Fact]
    public async Task A_file_a_branch_head_and_a_429_waited_out()
    {
        _gitea.Json("/api/v1/repos/octo/hello/raw/docs/a b.md", "# a b");
        _gitea.TooManyRequestsOnce("/api/v1/repos/octo/hello/branches/main", """{"name":"main","commit":{"id":"c9"}}""", retryAfter: "1");

        byte[]? file = await _gitea.Client.FileAsync("octo/hello", "docs/a b.md", "c9", CancellationToken.None);
        string? head = await _gitea.Client.BranchHeadAsync("octo/hello", "main", CancellationToken.None);

        Assert.Equal("# a b", System.Text.Encoding.UTF8.GetString(file!));
        Assert.Equal("c9", head);
        Assert.Equal(3, _gitea.Calls.Count);
    }
}
