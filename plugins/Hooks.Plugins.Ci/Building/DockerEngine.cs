using Docker.DotNet;
using Hooks.Plugins.Ci.Configuration;

namespace Hooks.Plugins.Ci.Building;

/// <summary>The one client of the Docker Engine API this worker talks to (<c>Hooks:Plugins:ci:DockerEndpoint</c>).</summary>
public sealed class DockerEngine : IDisposable
{
    private readonly DockerClientConfiguration _configuration;
    private readonly Lazy<DockerClient> _client;

    public DockerEngine(CiSettings settings)
    {
        _configuration = new DockerClientConfiguration(new Uri(settings.Options.DockerEndpoint));
        _client = new Lazy<DockerClient>(() => _configuration.CreateClient());
    }

    public DockerClient Client => _client.Value;

    /// <summary>Whether a daemon answers at <paramref name="endpoint"/> within two seconds.</summary>
    public static bool Answers(string endpoint)
    {
        if (endpoint.StartsWith("unix://", StringComparison.Ordinal) && !File.Exists(new Uri(endpoint).LocalPath))
        {
            return false;
        }

        try
        {
            using var configuration = new DockerClientConfiguration(new Uri(endpoint), defaultTimeout: TimeSpan.FromSeconds(2));
            using var client = configuration.CreateClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            client.System.PingAsync(timeout.Token).GetAwaiter().GetResult();
            return true;
        }
        catch (Exception error) when (error is DockerApiException or HttpRequestException or OperationCanceledException or IOException or TimeoutException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }

        _configuration.Dispose();
    }
}
