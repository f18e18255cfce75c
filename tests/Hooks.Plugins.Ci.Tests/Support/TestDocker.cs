using System.Diagnostics;
using System.Formats.Tar;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Hooks.Plugins.Ci.Tests.Support;

/// <summary>
/// The machine's Docker daemon and the test image <c>hooks-test/ci-busybox:1</c>, made locally from busybox-static (no
/// registry is reachable). When <c>tests/run</c> set Docker up (<c>HOOKS_TEST_DOCKER=required</c>) a daemon that does
/// not answer fails the tests; elsewhere they are skipped, saying why.
/// </summary>
public static class TestDocker
{
    public const string Image = "hooks-test/ci-busybox:1";
    public const string Endpoint = "unix:///var/run/docker.sock";
    private const string Busybox = "/bin/busybox";
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _imageReady;

    public static bool Required => Environment.GetEnvironmentVariable("HOOKS_TEST_DOCKER") == "required";

    /// <summary>Skips the test when Docker cannot run here at all; fails it when tests/run promised Docker.</summary>
    public static async Task EnsureAsync()
    {
        string? missing = await WhyNotAsync();
        if (missing is not null)
        {
            if (Required)
            {
                throw new InvalidOperationException($"tests/run set Docker up, but {missing}");
            }

            Skip.If(true, $"Docker cannot run here ({missing}); tests/run installs and starts it");
        }

        await Once.WaitAsync();
        try
        {
            if (!_imageReady)
            {
                await ImportImageAsync();
                _imageReady = true;
            }
        }
        finally
        {
            Once.Release();
        }
    }

    public static DockerClient Client() => new DockerClientConfiguration(new Uri(Endpoint)).CreateClient();

    /// <summary>Containers of CI builds still there (the executor removes its own).</summary>
    public static async Task<IList<ContainerListResponse>> BuildContainersAsync()
    {
        using var client = Client();
        return await client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { ["hooks.ci.build"] = true } },
        });
    }

    private static async Task<string?> WhyNotAsync()
    {
        if (!File.Exists("/var/run/docker.sock"))
        {
            return "no daemon socket at /var/run/docker.sock";
        }

        if (!File.Exists(Busybox))
        {
            return $"{Busybox} is missing (apt-get install busybox-static)";
        }

        try
        {
            using var client = Client();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.System.PingAsync(timeout.Token);
            return null;
        }
        catch (Exception error) when (error is DockerApiException or HttpRequestException or OperationCanceledException or IOException)
        {
            return $"the daemon did not answer: {error.Message}";
        }
    }

    /// <summary><c>docker import</c> of a root holding busybox and a link per applet, unless the image is there.</summary>
    private static async Task ImportImageAsync()
    {
        using var client = Client();
        try
        {
            await client.Images.InspectImageAsync(Image);
            return;
        }
        catch (DockerImageNotFoundException)
        {
        }

        using var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (string folder in new[] { "bin", "tmp", "root" })
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, folder + "/") { Mode = (UnixFileMode)Convert.ToInt32("1777", 8) });
            }

            await using (var binary = File.OpenRead(Busybox))
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "bin/busybox") { DataStream = binary, Mode = (UnixFileMode)Convert.ToInt32("755", 8) });
            }

            foreach (string applet in Applets().Where(a => a != "busybox"))
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.SymbolicLink, "bin/" + applet) { LinkName = "busybox" });
            }
        }

        tar.Position = 0;
        await client.Images.CreateImageAsync(new ImagesCreateParameters { FromSrc = "-", Repo = "hooks-test/ci-busybox", Tag = "1" }, tar, null, new Progress<JSONMessage>());
    }

    private static List<string> Applets()
    {
        using var process = Process.Start(new ProcessStartInfo(Busybox, "--list") { RedirectStandardOutput = true })!;
        var applets = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        process.WaitForExit();
        return applets;
    }
}
