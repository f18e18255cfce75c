using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hooks.Bench.Dispatch;

/// <summary>The gateway's Release binary in a process of its own, configured as an operator would (shared by the benchmarks' drivers).</summary>
public sealed class Gateway : IAsyncDisposable
{
    private readonly Process _process;

    private Gateway(Process process, Uri address)
    {
        _process = process;
        Client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public static async Task<Gateway> StartAsync(
        string binary, string? postgres, string dataDirectory, string pluginsDirectory, string secret, string log, IDictionary<string, string>? settings = null)
    {
        int port = FreePort();
        var start = new ProcessStartInfo("dotnet", [binary]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Hooks__DataDirectory"] = dataDirectory;
        start.Environment["Hooks__Plugins__Directory"] = pluginsDirectory;
        start.Environment["Hooks__Sources__github__Secret"] = secret;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (postgres is not null)
        {
            start.Environment["ConnectionStrings__Hooks"] = postgres;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var output = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => { lock (output) { output.WriteLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.WriteLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var gateway = new Gateway(process, new Uri($"http://127.0.0.1:{port}"));
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            try
            {
                if ((await gateway.Client.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return gateway;
                }
            }
            catch (HttpRequestException)
            {
            }
        }

        throw new TimeoutException($"the gateway did not start; see {log}");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Client.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
