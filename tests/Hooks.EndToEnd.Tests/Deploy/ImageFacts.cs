using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hooks.Testing;

namespace Hooks.EndToEnd.Tests.Deploy;

/// <summary>The image, built from local base images as the README shows, run as an operator would run it.</summary>
public sealed class ImageFacts : IAsyncLifetime
{
    private readonly string _name = "hooks-e2e-image-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => GatewayImage.EnsureAsync();

    [Fact]
    public async Task The_gateway_runs_as_its_own_user_is_healthy_and_keeps_what_it_accepted_in_its_volume_across_a_restart()
    {
        await DockerCli.RunAsync("volume", "create", _name);
        try
        {
            await using var container = await Container.StartAsync(_name, "-p", "127.0.0.1::8080", "-v", $"{_name}:/data",
                "-e", "Hooks__Sources__github__Secret=image-secret", "-e", "Hooks__AdminToken=image-admin");
            await container.WaitHealthyAsync();
            using var client = new HttpClient { BaseAddress = await container.AddressAsync() };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "image-admin");

            var push = WebhookFixture.Get("github", "push-branch.json");
            using var content = new ByteArrayContent(push.Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/github") { Content = content };
            foreach (var (header, value) in ForgeSigner.Headers(push, "image-secret", Signing.Correct))
            {
                request.Headers.TryAddWithoutValidation(header, value);
            }

            using var accepted = await client.SendAsync(request);
            string delivery = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement.GetProperty("delivery").GetString()!;

            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            Assert.Equal("10001", await container.ExecAsync("id", "-u"));
            Assert.Contains("hooks.db", await container.ExecAsync("ls", "/data"), StringComparison.Ordinal);

            await DockerCli.RunAsync("restart", _name);
            await container.WaitHealthyAsync();
            using var again = new HttpClient { BaseAddress = await container.AddressAsync() };
            again.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "image-admin");
            using var stored = await again.GetAsync($"/api/deliveries/{delivery}");
            Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
            var plugins = JsonDocument.Parse(await again.GetStringAsync("/api/plugins")).RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("state").GetString());
            Assert.Equal("loaded", plugins["badges"]);
            Assert.Equal("loaded", plugins["package-builds"]);
        }
        finally
        {
            await DockerCli.TryCommandAsync("docker", ["rm", "-f", _name]);
            await DockerCli.TryCommandAsync("docker", ["volume", "rm", "-f", _name]);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
