using Hooks.Testing;

namespace Hooks.EndToEnd.Tests.Deploy;

/// <summary>
/// The gateway's image as the README builds it where no registry is reachable: the runtime base from Debian packages
/// (<c>deploy/base-image</c>, made once and kept by the Docker daemon), the gateway published self-contained with the
/// solution's plugins (<c>deploy/publish</c>), and <c>deploy/Dockerfile</c>. Built once per test run.
/// </summary>
public static class GatewayImage
{
    public const string Tag = "hooks-gateway:e2e";
    public const string Base = "hooks-base:bookworm";

    private static readonly Lazy<Task> Built = new(BuildAsync);

    public static Task EnsureAsync() => Built.Value;

    private static async Task BuildAsync()
    {
        string root = Paths.RepositoryRoot;
        if ((await DockerCli.TryCommandAsync("docker", ["image", "inspect", Base])).Exit != 0)
        {
            await DockerCli.CommandAsync(Path.Combine(root, "deploy", "base-image"), [Base]);
        }

        await DockerCli.CommandAsync(Path.Combine(root, "deploy", "publish"), []);
        await DockerCli.CommandAsync(
            "docker",
            ["build", "-q", "-f", "deploy/Dockerfile", "--build-arg", "APP_SOURCE=published", "--build-arg", $"RUNTIME_IMAGE={Base}", "--build-arg", $"SDK_IMAGE={Base}", "-t", Tag, "."],
            new Dictionary<string, string> { ["DOCKER_BUILDKIT"] = "0" },
            root);
    }
}
