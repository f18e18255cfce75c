using System.Net;
using System.Net.Http.Json;
using Hooks.Plugins.BuildControl.Tests.Support;

namespace Hooks.Plugins.BuildControl.Tests.Flow;

/// <summary>Node tokens only speak the node protocol, user tokens only act on builds; reading is public.</summary>
public sealed class ScopeFacts : IDisposable
{
    private readonly ControlGateway _gateway = new();

    [Fact]
    public async Task User_endpoints_refuse_node_tokens_and_node_endpoints_refuse_user_tokens_and_strangers()
    {
        using var node = await _gateway.NodeAsync("node-a", "x86_64");
        using var user = await _gateway.UserAsync();
        using var stranger = _gateway.CreateClient();
        stranger.BaseAddress = new Uri(stranger.BaseAddress!, ControlGateway.Root + "api/v1/");

        using (var created = await node.Client.PostAsJsonAsync("platforms/", new { name = "P", arch_list = new[] { "x86_64" } }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        }

        using (var asked = await user.PostAsJsonAsync("build_node/get_task", new { supported_arches = new[] { "x86_64" } }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, asked.StatusCode);
        }

        using (var anonymous = await stranger.PostAsJsonAsync("build_node/get_task", new { supported_arches = new[] { "x86_64" } }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var removed = await stranger.DeleteAsync("builds/1/remove"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, removed.StatusCode);
        }

        Assert.Equal("[]", await stranger.GetStringAsync("builds/"));
        Assert.Equal("[]", await stranger.GetStringAsync("platforms/"));
    }

    [Fact]
    public async Task Test_and_sign_node_tokens_cannot_call_user_endpoints_and_each_user_scope_acts_only_on_its_own()
    {
        using var alts = await _gateway.TestSystemAsync();
        using var signNode = await _gateway.SignNodeAsync("sign-1", "2AE81E8ACED7258B");
        using var signer = await _gateway.SignerAsync();
        using var releaser = await _gateway.ReleaserAsync();
        using var user = await _gateway.UserAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await Pipeline.SendAsync(signNode.Client, HttpMethod.Post, "sign-tasks/", new { build_id = 1, sign_key_id = 1 })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Pipeline.SendAsync(signNode.Client, HttpMethod.Post, "sign-keys/new/", new { name = "k" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Pipeline.SendAsync(alts.Client, HttpMethod.Put, "tests/build/1/restart")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Pipeline.SendAsync(alts.Client, HttpMethod.Post, "releases/new/", new { builds = new[] { 1 }, platform_id = 1 })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Pipeline.SendAsync(signNode.Client, HttpMethod.Get, "tests/get_test_tasks/")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Pipeline.SendAsync(alts.Client, HttpMethod.Post, "sign-tasks/get_sign_task/", new { key_ids = new[] { "2AE81E8ACED7258B" } })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Pipeline.SendAsync(signer, HttpMethod.Post, "releases/new/", new { builds = new[] { 1 }, platform_id = 1 })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Pipeline.SendAsync(releaser, HttpMethod.Post, "sign-tasks/", new { build_id = 1, sign_key_id = 1 })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Pipeline.SendAsync(user, HttpMethod.Post, "distro/", new { name = "d", platforms = Array.Empty<string>() })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Pipeline.SendAsync(releaser, HttpMethod.Put, "tests/build/1/restart")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Pipeline.SendAsync(user, HttpMethod.Put, "tests/build/1/restart")).Status);
    }

    public void Dispose() => _gateway.Dispose();
}
