using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Hooks.Testing;

/// <summary>
/// A throwaway PostgreSQL 15 cluster: initdb into a temporary folder, started on a free loopback port, removed on
/// dispose. As root it runs as the <c>postgres</c> user (initdb refuses root). Durability is switched off: tests
/// measure behaviour, not disks.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly TempDirectory _folder = new("hooks-pg");

    private PostgresServer(int port) => Port = port;

    public int Port { get; }

    private string DataDirectory => Path.Combine(_folder.Path, "data");

    public static async Task<PostgresServer> StartAsync()
    {
        var server = new PostgresServer(FreePort());
        if (IsRoot)
        {
            await Run("chown", "postgres", server._folder.Path);
        }

        await AsPostgres($"{Bin}/initdb -D \"{server.DataDirectory}\" -U postgres -A trust -E UTF8 --no-sync");
        await server.StartAgainAsync();
        return server;
    }

    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true }.ConnectionString;

    /// <summary>A new, empty database on this server.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= "hooks_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Stops the server at once, as a crash would.</summary>
    public Task StopAsync() => AsPostgres($"{Bin}/pg_ctl -D \"{DataDirectory}\" -m immediate -w stop");

    public Task StartAgainAsync() => AsPostgres(
        $"{Bin}/pg_ctl -D \"{DataDirectory}\" -l \"{_folder.Path}/server.log\" -w -t 60 "
        + $"-o \"-p {Port} -k {_folder.Path} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await AsPostgres($"{Bin}/pg_ctl -D \"{DataDirectory}\" -m immediate -w stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped by the test.
        }

        _folder.Dispose();
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static Task AsPostgres(string command) => IsRoot ? Run("runuser", "-u", "postgres", "--", "sh", "-c", command) : Run("sh", "-c", command);

    private static async Task Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        string output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
