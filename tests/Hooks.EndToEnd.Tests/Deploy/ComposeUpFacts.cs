using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Hooks.Testing;

namespace Hooks.EndToEnd.Tests.Deploy;

/// <summary>
/// <c>docker-compose up --scale worker=2</c> with deploy/compose.yaml as it is, the example environment filled in, the
/// gateway's image and a PostgreSQL image built from Debian packages (deploy/postgres): a delivery to the receiver is
/// handled by a worker.
/// </summary>
public sealed class ComposeUpFacts : IAsyncLifetime
{
    private readonly string _project = "hookse2e" + Guid.NewGuid().ToString("N")[..8];
    private readonly TempDirectory _work = new("hooks-compose-up");
    private string _environment = null!;

    public async Task InitializeAsync()
    {
        await GatewayImage.EnsureAsync();
        if ((await DockerCli.TryCommandAsync("docker", ["image", "inspect", "hooks-postgres:15"])).Exit != 0)
        {
            await DockerCli.CommandAsync("docker", ["build", "-q", "-t", "hooks-postgres:15", "--build-arg", $"BASE_IMAGE={GatewayImage.Base}", Path.Combine(Paths.RepositoryRoot, "deploy", "postgres")],
                new Dictionary<string, string> { ["DOCKER_BUILDKIT"] = "0" });
        }

        _environment = Path.Combine(_work.Path, ".env");
        string example = await File.ReadAllTextAsync(Path.Combine(Paths.RepositoryRoot, "deploy", ".env.example"));
        await File.WriteAllTextAsync(_environment, example
            .Replace("HOOKS_ADMIN_TOKEN=\n", "HOOKS_ADMIN_TOKEN=compose-admin\n", StringComparison.Ordinal)
            .Replace("POSTGRES_PASSWORD=\n", "POSTGRES_PASSWORD=compose-db\n", StringComparison.Ordinal)
            .Replace("HOOKS_PORT=8080\n", $"HOOKS_PORT={FreePort()}\n", StringComparison.Ordinal)
            .Replace("HOOKS_IMAGE=hooks-gateway\n", $"HOOKS_IMAGE={GatewayImage.Tag}\n", StringComparison.Ordinal)
            .Replace("POSTGRES_IMAGE=postgres:15\n", "POSTGRES_IMAGE=hooks-postgres:15\n", StringComparison.Ordinal)
            .Replace("HOOKS_ENV_FILE=.env\n", $"HOOKS_ENV_FILE={_environment}\n", StringComparison.Ordinal)
            .Replace("Hooks__Sources__github__Secret=\n", "Hooks__Sources__github__Secret=compose-secret\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_compose_file_brings_up_postgres_a_receiver_and_two_workers_that_handle_a_delivery()
    {
        await ComposeAsync("up", "-d", "--no-build", "--scale", "worker=2");
        string port = File.ReadAllLines(_environment).Single(line => line.StartsWith("HOOKS_PORT=", StringComparison.Ordinal))["HOOKS_PORT=".Length..];
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "compose-admin");
        await Eventually.Get(() => HealthAsync(client), status => status == HttpStatusCode.OK, "the receiver", TimeSpan.FromSeconds(120));

        var push = WebhookFixture.Get("github", "push-branch.json");
        using var content = new ByteArrayContent(push.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/github") { Content = content };
        foreach (var (header, value) in ForgeSigner.Headers(push, "compose-secret", Signing.Correct))
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        using var accepted = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        string delivery = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement.GetProperty("delivery").GetString()!;
        string handled;
        try
        {
            handled = await Eventually.Get(
                () => client.GetStringAsync($"/api/deliveries/{delivery}"),
                body => body.Contains("\"plugin\":\"package-builds\",\"status\":\"succeeded\"", StringComparison.Ordinal),
                "a worker to hand the push to the package builds plugin",
                TimeSpan.FromSeconds(90));
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message}\nplugins: {await client.GetStringAsync("/api/plugins")}\n{await ProblemsLoggedAsync()}", timeout);
        }

        Assert.Contains("package-builds", handled, StringComparison.Ordinal);
        string services = await ComposeAsync("ps", "--services");
        Assert.Equal(["postgres", "receiver", "worker"], services.Split('\n').Order());
        Assert.Equal(2, (await ComposeAsync("ps", "-q", "worker")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    public async Task DisposeAsync()
    {
        await DockerCli.TryCommandAsync("docker-compose", ["-p", _project, "-f", Path.Combine(Paths.RepositoryRoot, "deploy", "compose.yaml"), "--env-file", _environment, "down", "-v"]);
        _work.Dispose();
    }

    /// <summary>For a failure message: what the containers logged above information.</summary>
    private async Task<string> ProblemsLoggedAsync()
    {
        string logs = await ComposeAsync("logs", "--no-color", "--tail", "2000");
        var problems = logs.Split('\n')
            .Where(line => line.Contains("fail:", StringComparison.Ordinal) || line.Contains("warn:", StringComparison.Ordinal) || line.Contains("crit:", StringComparison.Ordinal)
                || line.Contains("Exception", StringComparison.Ordinal))
            .Take(60);
        return "logged:\n" + string.Join('\n', problems);
    }

    private Task<string> ComposeAsync(params string[] arguments) =>
        DockerCli.CommandAsync("docker-compose", ["-p", _project, "-f", Path.Combine(Paths.RepositoryRoot, "deploy", "compose.yaml"), "--env-file", _environment, .. arguments]);

    private static async Task<HttpStatusCode> HealthAsync(HttpClient client)
    {
        try
        {
            return (await client.GetAsync("/healthz")).StatusCode;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return HttpStatusCode.ServiceUnavailable;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
