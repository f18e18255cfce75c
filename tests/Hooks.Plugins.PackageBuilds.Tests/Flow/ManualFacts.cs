using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Contracts.Cli;
using Hooks.Plugins.PackageBuilds.Api;
using Hooks.Plugins.PackageBuilds.Cli;
using Hooks.Plugins.PackageBuilds.Tests.Support;

namespace Hooks.Plugins.PackageBuilds.Tests.Flow;

/// <summary>Builds by hand, over HTTP with a token of scope <c>package-builds</c> and with <c>hooks package-builds trigger</c>; and cancelling one.</summary>
public sealed class ManualFacts : IDisposable
{
    private readonly BuildsGateway _gateway = new();

    public ManualFacts()
    {
        _gateway.Configure("""
            baseurl: {baseurl}
            repos:
              - amppd
              - {name: amppd-ui, branches: [develop]}
            scripts:
              amppd:
                main: [echo "$HOOKS_COMMIT" >> {out}/built-amppd]
                long: [touch {out}/started; sleep 30; touch {out}/finished]
              '*': [echo "$HOOKS_BRANCH $HOOKS_COMMIT" >> {out}/built-$HOOKS_REPOSITORY]
            """);
        _gateway.Repository("amp_bootstrap").Commit("README.md", "bootstrap");
    }

    [Fact]
    public async Task A_token_with_the_scope_builds_a_branch_head_and_is_named_as_who_asked()
    {
        string head = _gateway.Repository("amppd").Commit("README.md", "v1");
        using var client = await ClientWithScopeAsync("release-bot");

        using var response = await client.PostAsJsonAsync("/plugins/package-builds/api/builds", new { repository = "amppd" });
        var queued = await response.Content.ReadFromJsonAsync<BuildView[]>(JsonSerializerOptions.Web);
        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 1 && BuildsGateway.Over(b[0]), "the build to end");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("main", Assert.Single(queued!).Branch);
        Assert.Equal("succeeded", builds[0].Status);
        Assert.Equal("manual", builds[0].Trigger);
        Assert.Equal("release-bot", builds[0].RequestedBy);
        Assert.Equal(head, builds[0].Commit);
        Assert.Equal(head, _gateway.Output("built-amppd"));
    }

    [Theory]
    [InlineData("""{"repository": "nowhere"}""", "repository 'nowhere' is not configured (repos: amppd, amppd-ui)")]
    [InlineData("""{"branch": "main"}""", "give the repository to build")]
    [InlineData("""{"repository": "amppd", "branch": "feature"}""", "no scripts for branch feature of amppd in amp.yaml")]
    public async Task A_request_that_cannot_build_is_refused_saying_why(string body, string error)
    {
        _gateway.Repository("amppd").Commit("README.md", "v1");
        using var client = await ClientWithScopeAsync("release-bot");

        using var response = await client.PostAsync("/plugins/package-builds/api/builds", new StringContent(body, MediaTypeHeaderValue.Parse("application/json")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(error, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty(await _gateway.BuildsAsync());
    }

    [Fact]
    public async Task Without_a_token_nothing_is_built()
    {
        using var response = await _gateway.CreateClient().PostAsJsonAsync("/plugins/package-builds/api/builds", new { repository = "amppd" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_command_line_triggers_a_branch_and_says_what_it_queued_or_why_not()
    {
        string head = _gateway.Repository("amppd-ui").Commit("README.md", "v1");
        _gateway.Repository("amppd-ui").Commit("README.md", "on develop");
        LocalGitPush(_gateway.Repository("amppd-ui"), "develop");
        using var client = await ClientWithScopeAsync("ops-cli");
        var output = new StringWriter();
        var call = new CliCall(new Dictionary<string, string?> { ["repository"] = "amppd-ui", ["branch"] = null }, client, output, Json: false);

        int exit = await TriggerVerb.Verb.RunAsync(call, default);
        var builds = await _gateway.WaitForBuildsAsync(b => b.Length == 1 && BuildsGateway.Over(b[0]), "the build to end");

        Assert.Equal(0, exit);
        Assert.Equal("package-builds trigger", TriggerVerb.Verb.Path);
        Assert.Matches($"^{builds[0].Id:D} amppd-ui develop: queued", output.ToString());
        Assert.Equal("develop", builds[0].Branch);
        Assert.NotEqual(head, builds[0].Commit);

        var refused = new StringWriter();
        int failed = await TriggerVerb.Verb.RunAsync(call with { Values = new Dictionary<string, string?> { ["repository"] = "nowhere" }, Output = refused }, default);
        Assert.Equal(1, failed);
        Assert.StartsWith("not triggered (400): repository 'nowhere' is not configured", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_running_build_is_cancelled_from_the_api_and_its_processes_stop()
    {
        string head = _gateway.Repository("amppd").Commit("README.md", "v1");
        LocalGitPush(_gateway.Repository("amppd"), "long");
        using var client = await ClientWithScopeAsync("release-bot");
        await client.PostAsJsonAsync("/plugins/package-builds/api/builds", new { repository = "amppd", branch = "long" });
        var running = (await _gateway.WaitForBuildsAsync(b => b.Length == 1 && b[0].Status == "running" && File.Exists(Path.Combine(_gateway.Outputs, "started")), "the build to start"))[0];

        using var cancel = await client.PostAsync($"/plugins/package-builds/api/builds/{running.Id:D}/cancel", null);
        var build = (await _gateway.WaitForBuildsAsync(b => BuildsGateway.Over(b[0]), "the build to stop"))[0];
        using var again = await client.PostAsync($"/plugins/package-builds/api/builds/{running.Id:D}/cancel", null);

        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("cancelled", build.Status);
        Assert.Equal(head, build.Commit);
        Assert.False(File.Exists(Path.Combine(_gateway.Outputs, "finished")));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var unknown = await client.PostAsync($"/plugins/package-builds/api/builds/{Guid.NewGuid():D}/cancel", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static void LocalGitPush(Hooks.Testing.LocalGitRepository repository, string branch) =>
        Hooks.Testing.LocalGitRepository.Git(repository.WorkPath, "push", "--quiet", "origin", $"HEAD:refs/heads/{branch}");

    private async Task<HttpClient> ClientWithScopeAsync(string name)
    {
        using var admin = _gateway.CreateAdminClient();
        using var created = await admin.PostAsJsonAsync("/api/tokens", new { name, scopes = new[] { "package-builds" } });
        string token = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public void Dispose() => _gateway.Dispose();
}
