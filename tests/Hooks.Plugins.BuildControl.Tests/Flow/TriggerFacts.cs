using System.Text.Json;
using Hooks.Plugins.BuildControl.Tests.Support;
using Hooks.Testing;

namespace Hooks.Plugins.BuildControl.Tests.Flow;

/// <summary>Gitea and Forgejo tag pushes from the corpus, signed and delivered through the gateway, create builds; other pushes are recorded as ignored, with why.</summary>
public sealed class TriggerFacts : IDisposable
{
    private readonly ControlGateway _gateway = new(fakeClock: false);

    public TriggerFacts()
    {
        _gateway.Settings["Hooks:Plugins:build-control:Triggers:0:Source"] = "gitea";
        _gateway.Settings["Hooks:Plugins:build-control:Triggers:0:Repositories:0"] = "fleet/*";
        _gateway.Settings["Hooks:Plugins:build-control:Triggers:0:Platforms:0:Name"] = "AlmaLinux-9";
        _gateway.Settings["Hooks:Plugins:build-control:Triggers:0:Platforms:0:ArchList:0"] = "x86_64";
        _gateway.Settings["Hooks:Plugins:build-control:Triggers:0:Platforms:0:ArchList:1"] = "i686";
    }

    [Theory]
    [InlineData("push-tag-created.json", "https://gitea.example.com/fleet/harbour.git", "v2.3.0", "26aff7ab3880bcfccc07b1821ed0f92d8f04cf4e", "ruth")]
    [InlineData("push-tag-created-forgejo.json", "https://forgejo.example.org/fleet/harbour.git", "v2.4.0", "3373801d8a97d01cfde92ebfd1d2953e9abc7a87", "kai")]
    public async Task A_tag_push_creates_a_build_of_the_clone_url_at_that_tag_and_commit(string file, string url, string tag, string commit, string sender)
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64", "i686");

        await PostAsync(file);

        var build = await Eventually.Get(BuildsAsync, builds => builds.GetArrayLength() == 1, "the tag push's build");
        Assert.Equal(sender, build[0].GetProperty("user").GetProperty("username").GetString());
        var tasks = build[0].GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(["src", "i686", "x86_64"], tasks.Select(t => t.GetProperty("arch").GetString()));
        Assert.All(tasks, t =>
        {
            Assert.Equal(url, t.GetProperty("ref").GetProperty("url").GetString());
            Assert.Equal(tag, t.GetProperty("ref").GetProperty("git_ref").GetString());
            Assert.Equal(2, t.GetProperty("ref").GetProperty("ref_type").GetInt32());
            Assert.Equal(commit, t.GetProperty("ref").GetProperty("git_commit_hash").GetString());
        });
    }

    [Fact]
    public async Task Pushes_no_policy_takes_are_recorded_as_ignored_with_the_reason_and_shown()
    {
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64", "i686");

        await PostAsync("push-branch.json");
        await PostAsync("push-tag-deleted.json");

        string page = await Eventually.Get(
            () => _gateway.CreateClient().GetStringAsync(ControlGateway.Root),
            p => p.Contains("the tag was deleted", StringComparison.Ordinal) && p.Contains("branch pushes build nothing", StringComparison.Ordinal),
            "both pushes on the page as ignored");
        Assert.Contains("refs/tags/v2.3.0-rc1", page, StringComparison.Ordinal);
        Assert.Equal(0, (await BuildsAsync()).GetArrayLength());
    }

    [Fact]
    public async Task A_policy_for_all_refs_builds_a_branch_push_at_its_commit_as_a_branch()
    {
        _gateway.Settings["Hooks:Plugins:build-control:Triggers:0:Refs"] = "all";
        using var user = await _gateway.UserAsync();
        await ControlGateway.CreatePlatformAsync(user, "AlmaLinux-9", "x86_64", "i686");

        await PostAsync("push-branch.json");

        var build = await Eventually.Get(BuildsAsync, builds => builds.GetArrayLength() == 1, "the branch push's build");
        var source = build[0].GetProperty("tasks")[0].GetProperty("ref");
        Assert.Equal("main", source.GetProperty("git_ref").GetString());
        Assert.Equal(1, source.GetProperty("ref_type").GetInt32());
        Assert.Equal("26aff7ab3880bcfccc07b1821ed0f92d8f04cf4e", source.GetProperty("git_commit_hash").GetString());
    }

    private async Task PostAsync(string file)
    {
        var fixture = WebhookFixture.Get("gitea", file);
        using var response = await _gateway.PostAsync("gitea", fixture.Body, ForgeSigner.Headers(fixture, GatewayFactory.Secret, Hooks.Testing.Signing.Correct));
        response.EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> BuildsAsync() =>
        JsonDocument.Parse(await _gateway.CreateClient().GetStringAsync(ControlGateway.Root + "api/v1/builds/")).RootElement.Clone();

    public void Dispose() => _gateway.Dispose();
}
