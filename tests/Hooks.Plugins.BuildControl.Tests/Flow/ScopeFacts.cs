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

    public void Dispose() => _gateway.Dispose();
}
