using System.Net;
using Hooks.Plugins.BuildControl.Tests.Support;

namespace Hooks.Plugins.BuildControl.Tests.Flow;

/// <summary><c>distro/</c> as the original's router: a distribution of platforms, builds added and removed.</summary>
public sealed class DistributionFacts : IDisposable
{
    private readonly ControlGateway _gateway = new();

    [Fact]
    public async Task A_distribution_is_made_and_builds_are_added_and_removed()
    {
        using var user = await _gateway.UserAsync();
        using var releaser = await _gateway.ReleaserAsync();
        await Pipeline.CreatePlatformAsync(user);
        int buildId = await Pipeline.CreateBuildAsync(user);

        var (created, distribution) = await Pipeline.SendAsync(releaser, HttpMethod.Post, "distro/", new { name = "almalinux-9-extras", platforms = new[] { Pipeline.Platform } });
        Assert.Equal(HttpStatusCode.OK, created);
        Assert.Equal("almalinux-9-extras", distribution.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Pipeline.SendAsync(releaser, HttpMethod.Post, "distro/", new { name = "almalinux-9-extras", platforms = Array.Empty<string>() })).Status);

        var (added, answer) = await Pipeline.SendAsync(releaser, HttpMethod.Post, $"distro/add/{buildId}/almalinux-9-extras/");
        Assert.Equal(HttpStatusCode.OK, added);
        Assert.True(answer.GetProperty("success").GetBoolean());
        Assert.Equal([buildId], (await Pipeline.GetAsync(user, "distro/"))[0].GetProperty("builds").EnumerateArray().Select(b => b.GetInt32()));

        Assert.Equal(HttpStatusCode.OK, (await Pipeline.SendAsync(releaser, HttpMethod.Post, $"distro/remove/{buildId}/almalinux-9-extras/")).Status);
        Assert.Equal(0, (await Pipeline.GetAsync(user, "distro/"))[0].GetProperty("builds").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await Pipeline.SendAsync(releaser, HttpMethod.Post, $"distro/add/{buildId}/nowhere/")).Status);
    }

    public void Dispose() => _gateway.Dispose();
}
