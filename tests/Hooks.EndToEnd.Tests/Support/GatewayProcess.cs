using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Hooks.Testing;

namespace Hooks.EndToEnd.Tests.Support;

/// <summary>The gateway's real binary in a process of its own, configured by environment variables as an operator would.</summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    public const string Secret = "end-to-end-secret";

    public const string AdminToken = "end-to-end-admin-token";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TempDirectory? _data;

    private GatewayProcess(Process process, Uri address, TempDirectory? data)
    {
        _process = process;
        _data = data;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static string Binary { get; } = Path.Combine(
        Paths.RepositoryRoot, "gateway", "Hooks.Gateway", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "Hooks.Gateway.dll");

    /// <param name="connectionString">PostgreSQL, or null for the embedded default.</param>
    /// <param name="roles">receiver, worker, or both.</param>
    /// <param name="settings">More environment variables, in the ASP.NET form (Hooks__...).</param>
    /// <param name="dataDirectory">The data directory to use (and keep, for a start after this one), or null for a throwaway one.</param>
    public static async Task<GatewayProcess> StartAsync(
        string? connectionString, string roles = "receiver,worker", IDictionary<string, string>? settings = null, string? dataDirectory = null)
    {
        int port = FreePort();
        var data = dataDirectory is null ? new TempDirectory("hooks-e2e") : null;
        var start = new ProcessStartInfo("dotnet", [Binary])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Binary)!,
        };
        var environment = new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Hooks__Roles"] = roles,
            ["Hooks__DataDirectory"] = dataDirectory ?? data!.Path,
            ["Hooks__Plugins__Directory"] = FixturePlugins.Directory,
            ["Hooks__Plugins__flaky__FailuresBeforeSuccess"] = "0",
            ["Hooks__Plugins__sample-ci__Enabled"] = "false",
            ["Hooks__Sources__github__Secret"] = Secret,
            ["Hooks__AdminToken"] = AdminToken,
            ["Hooks__Sources__gitlab__Secret"] = Secret,
            ["Hooks__Dispatch__RetryDelaysSeconds__0"] = "1",
            ["Hooks__Dispatch__PollInterval"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        if (connectionString is not null)
        {
            environment["ConnectionStrings__Hooks"] = connectionString;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var gateway = new GatewayProcess(process, new Uri($"http://127.0.0.1:{port}"), data);
        process.OutputDataReceived += (_, line) => gateway.Append(line.Data);
        process.ErrorDataReceived += (_, line) => gateway.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await gateway.WaitUntilUpAsync();
        return gateway;
    }

    public async Task<HttpResponseMessage> PostAsync(WebhookFixture fixture, string? deliveryKey = null)
    {
        var headers = ForgeSigner.Headers(fixture, Secret, Signing.Correct, deliveryKey);
        using var content = new ByteArrayContent(fixture.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/{fixture.Source}") { Content = content };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Ends the process at once (SIGKILL): nothing is flushed, nothing is stopped gracefully.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
        Client.Dispose();
        _data?.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilUpAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the gateway exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await Client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the gateway did not answer /healthz within 60 s:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
