using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Hooks.Testing;
using Npgsql;

namespace Hooks.EndToEnd.Tests.Deploy;

/// <summary>
/// A receiver and workers, each a container of the gateway's image, on one PostgreSQL: the scale-out an operator
/// runs. Containers use the host's network (the test's PostgreSQL listens on loopback); each has a port and a node
/// name of its own. Plugins come from a folder mounted read-only.
/// </summary>
public sealed class GatewayCluster : IAsyncDisposable
{
    public const string Secret = "cluster-secret";
    public const string AdminToken = "cluster-admin";

    private readonly string _prefix = "hooks-cluster-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _connectionString;
    private readonly string _plugins;
    private readonly List<(Container Container, Uri Address)> _workers = [];

    private GatewayCluster(string connectionString, string plugins)
    {
        _connectionString = connectionString;
        _plugins = plugins;
    }

    public Uri Receiver { get; private set; } = null!;

    public IReadOnlyList<Container> Workers => [.. _workers.Select(w => w.Container)];

    public static async Task<GatewayCluster> StartAsync(string connectionString, string plugins, int workers)
    {
        await GatewayImage.EnsureAsync();
        var cluster = new GatewayCluster(connectionString, plugins);
        cluster.Receiver = (await cluster.StartGatewayAsync("receiver", "receiver")).Address;
        for (int i = 0; i < workers; i++)
        {
            await cluster.AddWorkerAsync();
        }

        return cluster;
    }

    public async Task AddWorkerAsync() => _workers.Add(await StartGatewayAsync($"worker-{_workers.Count + 1}", "worker"));

    /// <summary>Posts <paramref name="count"/> signed GitHub pushes from <paramref name="senders"/> senders at once.</summary>
    public async Task PostPushesAsync(int count, int senders = 16)
    {
        var push = WebhookFixture.Get("github", "push-branch.json");
        using var client = new HttpClient { BaseAddress = Receiver };
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, senders).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                using var content = new ByteArrayContent(push.Body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/github") { Content = content };
                foreach (var (header, value) in ForgeSigner.Headers(push, Secret, Signing.Correct))
                {
                    request.Headers.TryAddWithoutValidation(header, value);
                }

                using var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    throw new InvalidOperationException($"the receiver answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        })));
    }

    /// <summary>The recorder's follow-up jobs run so far: per node, how many runs and how many distinct deliveries.</summary>
    public async Task<FollowUps> FollowUpsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(\"Host\", ''), count(*), count(DISTINCT \"DeliveryId\") FROM plugin_recorder.follow_ups GROUP BY 1", connection);
        var byNode = new Dictionary<string, long>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                byNode[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return new FollowUps(byNode, 0);
        }

        await using var distinct = new NpgsqlCommand("SELECT count(DISTINCT \"DeliveryId\") FROM plugin_recorder.follow_ups", connection);
        return new FollowUps(byNode, (long)(await distinct.ExecuteScalarAsync())!);
    }

    /// <summary>For a failure message: deliveries whose follow-up never ran, with their ledger outcome and Hangfire jobs.</summary>
    public async Task<string> MissingAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT d.id::text,
                   coalesce((SELECT string_agg(o.plugin || ' ' || o.status || ' attempts ' || o.attempts || ' ' || coalesce(o.last_error, ''), '; ')
                             FROM hooks_outcomes o WHERE o.delivery_id = d.id), 'no outcomes'),
                   coalesce((SELECT string_agg(j.id || ' ' || coalesce(j.statename, '?') || ' created ' || j.createdat
                                 || ' queue ' || coalesce((SELECT string_agg(q.queue || ' fetched at ' || coalesce(q.fetchedat::text, 'never'), ', ')
                                                           FROM hangfire.jobqueue q WHERE q.jobid = j.id), 'none')
                                 || ' states ' || coalesce((SELECT string_agg(s.name || ' ' || s.createdat, ' > ' ORDER BY s.id)
                                                            FROM hangfire.state s WHERE s.jobid = j.id), 'none'), '; ')
                             FROM hangfire.job j WHERE j.arguments::text LIKE '%' || d.id::text || '%'), 'no job')
            FROM hooks_deliveries d
            WHERE NOT EXISTS (SELECT 1 FROM plugin_recorder.follow_ups f WHERE f."DeliveryId" = d.id::text)
            LIMIT 10
            """, connection);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add($"{reader.GetString(0)}: {reader.GetString(1)}; jobs: {reader.GetString(2)}");
        }

        return string.Join("\n", lines);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (container, _) in _workers)
        {
            await container.DisposeAsync();
        }

        await new Container($"{_prefix}-receiver").DisposeAsync();
    }

    private async Task<(Container Container, Uri Address)> StartGatewayAsync(string node, string roles)
    {
        int port = FreePort();
        var container = await Container.StartAsync($"{_prefix}-{node}",
            "--network", "host",
            "-v", $"{_plugins}:/plugins:ro",
            "-e", $"Urls=http://127.0.0.1:{port}",
            "-e", $"HOOKS_NODE={node}",
            "-e", $"Hooks__Roles={roles}",
            "-e", $"ConnectionStrings__Hooks={_connectionString}",
            "-e", "Hooks__Plugins__Directory=/plugins",
            "-e", "Hooks__Plugins__flaky__FailuresBeforeSuccess=0",
            "-e", $"Hooks__Sources__github__Secret={Secret}",
            "-e", $"Hooks__AdminToken={AdminToken}",
            "-e", "Hooks__Jobs__InvisibilityTimeout=00:00:20",
            // A job that fails (the store refusing a connection in a burst) is tried again within seconds, not minutes.
            "-e", "Hooks__Dispatch__RetryDelaysSeconds__0=2",
            "-e", "Hooks__Dispatch__RetryDelaysSeconds__1=5",
            "-e", "Hooks__Dispatch__RetryDelaysSeconds__2=10",
            "-e", "Logging__LogLevel__Default=Warning");
        var address = new Uri($"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            await WaitUpAsync(client, node);
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException($"{error.Message}\n{await container.LogsAsync()}", error);
        }

        return (container, address);
    }

    private static Task<HttpStatusCode> WaitUpAsync(HttpClient client, string node) =>
        Eventually.Get(
            async () =>
            {
                try
                {
                    return (await client.GetAsync("/healthz")).StatusCode;
                }
                catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
                {
                    return HttpStatusCode.ServiceUnavailable;
                }
            },
            status => status == HttpStatusCode.OK,
            $"{node} to answer /healthz",
            TimeSpan.FromSeconds(90));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Runs of the recorder's follow-up job: per node, and how many distinct deliveries they covered.</summary>
public sealed record FollowUps(IReadOnlyDictionary<string, long> ByNode, long Distinct)
{
    public long Runs => ByNode.Values.Sum();
}
