using Hooks.Plugins.PackageBuilds.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hooks.Plugins.PackageBuilds.Tests.Flow;

/// <summary>With <c>source</c> naming a forge with a token, the commit built is marked pending, then success or failure.</summary>
public sealed class CommitStatusFacts : IDisposable
{
    private readonly BuildsGateway _gateway = new();
    private readonly WireMockServer _github = WireMockServer.Start();

    public CommitStatusFacts()
    {
        _github.Given(Request.Create().WithPath("/api/v3/repos/org/*").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { id = 1, state = "pending" }));
        _gateway.Settings["Hooks:Sources:github:BaseUrl"] = _github.Url;
        _gateway.Settings["Hooks:Sources:github:Token"] = "ghp_statuses";
        _gateway.Configure("""
            baseurl: {baseurl}
            source: github
            repos: [good, bad]
            scripts:
              good: ['true']
              bad: ['false']
            """);
        _gateway.Repository("amp_bootstrap").Commit("README.md", "bootstrap");
    }

    [Fact]
    public async Task The_built_commit_goes_pending_then_success_or_failure_with_a_link_to_the_build()
    {
        string good = _gateway.Repository("good").Commit("README.md", "v1 of good");
        string bad = _gateway.Repository("bad").Commit("README.md", "v1 of bad");

        await _gateway.PushAsync("good", "main", good);
        await _gateway.PushAsync("bad", "main", bad);
        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 2 && b.All(BuildsGateway.Over), "both builds to end");
        var calls = await Hooks.Testing.Eventually.Get(() => Task.FromResult(_github.LogEntries.ToList()), e => e.Count == 4, "four statuses");

        string States(string sha) => string.Join(",", calls
            .Where(c => c.RequestMessage.Path == $"/api/v3/repos/org/{(sha == good ? "good" : "bad")}/statuses/{sha}")
            .Select(c => System.Text.Json.JsonDocument.Parse(c.RequestMessage.Body!).RootElement.GetProperty("state").GetString()));
        Assert.Equal("pending,success", States(good));
        Assert.Equal("pending,failure", States(bad));
        var last = System.Text.Json.JsonDocument.Parse(calls.Last(c => c.RequestMessage.Path.EndsWith(bad, StringComparison.Ordinal)).RequestMessage.Body!).RootElement;
        Assert.Equal("package-builds", last.GetProperty("context").GetString());
        Assert.Equal($"http://hooks.test/plugins/package-builds/builds/{builds.Single(b => b.Repository == "bad").Id:D}", last.GetProperty("target_url").GetString());
        Assert.All(calls, c => Assert.Equal("Bearer ghp_statuses", c.RequestMessage.Headers!["Authorization"].Single()));
    }

    public void Dispose()
    {
        _gateway.Dispose();
        _github.Dispose();
    }
}
