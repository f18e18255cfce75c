using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hooks.Gateway.Tests.Support;

/// <summary>
/// Git's smart HTTP protocol on a loopback port: <c>git http-backend</c> as CGI behind basic authentication, serving
/// the bare repositories of one folder. It counts the requests refused for want of credentials.
/// </summary>
public sealed class GitHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;
    private readonly string _credentials;
    private int _refused;

    private GitHttpServer(string root, string user, string password)
    {
        _root = root;
        _credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(ServeAsync);
    }

    public int Refused => Volatile.Read(ref _refused);

    public Uri Address { get; private set; } = null!;

    /// <summary>Serves the bare repositories in <paramref name="root"/>: <c>{root}/{name}.git</c> is at <c>{Address}{name}.git</c>.</summary>
    public static async Task<GitHttpServer> StartAsync(string root, string user, string password)
    {
        var server = new GitHttpServer(root, user, password);
        await server._app.StartAsync();
        server.Address = new Uri(server._app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        if (!AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var presented) || presented.Parameter != _credentials)
        {
            Interlocked.Increment(ref _refused);
            context.Response.StatusCode = 401;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"git\"";
            return;
        }

        var start = new ProcessStartInfo("git", ["http-backend"]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        start.Environment["GIT_PROJECT_ROOT"] = _root;
        start.Environment["GIT_HTTP_EXPORT_ALL"] = "1";
        start.Environment["PATH_INFO"] = context.Request.Path.Value;
        start.Environment["QUERY_STRING"] = context.Request.QueryString.Value?.TrimStart('?') ?? "";
        start.Environment["REQUEST_METHOD"] = context.Request.Method;
        start.Environment["CONTENT_TYPE"] = context.Request.ContentType ?? "";
        start.Environment["HTTP_CONTENT_ENCODING"] = context.Request.Headers.ContentEncoding.ToString();
        start.Environment["GIT_PROTOCOL"] = context.Request.Headers["Git-Protocol"].ToString();
        start.Environment["REMOTE_USER"] = "tester";
        start.Environment["REMOTE_ADDR"] = "127.0.0.1";
        using var backend = Process.Start(start)!;
        var input = Task.Run(async () =>
        {
            await context.Request.Body.CopyToAsync(backend.StandardInput.BaseStream);
            backend.StandardInput.Close();
        });
        var output = backend.StandardOutput.BaseStream;
        var head = new List<byte>();
        while (!EndsWithBlankLine(head) && output.ReadByte() is int b and >= 0)
        {
            head.Add((byte)b);
        }

        foreach (string header in Encoding.ASCII.GetString([.. head]).Split("\n", StringSplitOptions.RemoveEmptyEntries).Select(h => h.TrimEnd('\r')))
        {
            int colon = header.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            string name = header[..colon];
            string value = header[(colon + 1)..].Trim();
            if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = int.Parse(value[..3]);
            }
            else
            {
                context.Response.Headers[name] = value;
            }
        }

        await output.CopyToAsync(context.Response.Body);
        await input;
        await backend.WaitForExitAsync();
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 2 && head[^1] == '\n' && (head[^2] == '\n' || (head.Count >= 4 && head[^2] == '\r' && head[^3] == '\n'));
}
