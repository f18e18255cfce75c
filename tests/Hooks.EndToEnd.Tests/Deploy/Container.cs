namespace Hooks.EndToEnd.Tests.Deploy;

/// <summary>A container of the gateway's image, removed with its anonymous volumes when disposed.</summary>
public sealed class Container(string name) : IAsyncDisposable
{
    public string Name { get; } = name;

    /// <summary>Starts a container of the image, detached; <paramref name="options"/> go before the image name.</summary>
    public static async Task<Container> StartAsync(string name, params string[] options)
    {
        await DockerCli.RunAsync(["run", "-d", "--name", name, .. options, GatewayImage.Tag]);
        return new Container(name);
    }

    public Task<string> ExecAsync(params string[] command) => DockerCli.RunAsync(["exec", Name, .. command]);

    public async Task<string> HealthAsync() => await DockerCli.RunAsync("inspect", "--format", "{{.State.Health.Status}}", Name);

    /// <summary>Waits until Docker's health check, which runs <c>curl /healthz</c> inside, says healthy.</summary>
    public Task WaitHealthyAsync() =>
        Hooks.Testing.Eventually.Get(HealthAsync, status => status == "healthy", $"{Name} to be healthy", TimeSpan.FromSeconds(90));

    public async Task<Uri> AddressAsync()
    {
        string mapped = (await DockerCli.RunAsync("port", Name, "8080/tcp")).Split('\n')[0];
        return new Uri("http://" + mapped.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    public Task KillAsync() => DockerCli.RunAsync("kill", "--signal", "KILL", Name);

    public async Task<string> LogsAsync()
    {
        var (_, output, error) = await DockerCli.TryCommandAsync("docker", ["logs", "--tail", "40", Name]);
        return output + "\n" + error;
    }

    public async ValueTask DisposeAsync() => await DockerCli.TryCommandAsync("docker", ["rm", "-f", "-v", Name]);
}
