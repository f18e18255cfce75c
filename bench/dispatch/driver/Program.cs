using System.Diagnostics;
using System.Globalization;
using Hooks.Bench.Dispatch;
using Npgsql;

// Usage: DispatchBench <gateway dll> <benchmark plugins folder> <PostgreSQL admin connection string or ""> <work folder>
//        [steady seconds = 15] [steady rate = 200] [bursts = 2000,20000] [stores = postgresql,embedded] [plugin counts = 1,3]
string binary = args[0];
string pluginsRoot = args[1];
string? postgres = args[2].Length > 0 ? args[2] : null;
string work = args[3];
int steadySeconds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 15;
int steadyRate = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 200;
int[] bursts = args.Length > 6 ? [.. args[6].Split(',').Select(b => int.Parse(b, CultureInfo.InvariantCulture))] : [2000, 20000];
string[] stores = args.Length > 7 ? args[7].Split(',') : ["postgresql", "embedded"];
int[] pluginCounts = args.Length > 8 ? [.. args[8].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))] : [1, 3];
const string Secret = "bench-secret";
const int Senders = 16;
string[] allPlugins = ["bench-a", "bench-b", "bench-c"];

var table = new List<string>();
foreach (string store in stores.Where(s => postgres is not null || s == "embedded"))
{
    foreach (int pluginCount in pluginCounts)
    {
        string[] plugins = allPlugins[..pluginCount];
        string name = $"{store}-{pluginCount}";
        string pluginsDirectory = Path.Combine(work, $"plugins-{pluginCount}");
        foreach (string plugin in plugins)
        {
            string folder = "Bench" + char.ToUpperInvariant(plugin[^1]);
            CopyDirectory(Path.Combine(pluginsRoot, folder), Path.Combine(pluginsDirectory, folder));
        }

        string? connection = postgres is null || store != "postgresql" ? null : await CreateDatabaseAsync(postgres, name.Replace('-', '_'));
        Console.WriteLine($"== {store}, {pluginCount} plugin(s) writing one row per event");
        await using var gateway = await Gateway.StartAsync(binary, connection, Path.Combine(work, "data-" + name), pluginsDirectory, Secret, Path.Combine(work, $"gateway-{name}.log"));
        var sender = new Sender(gateway.Client, Secret);
        await sender.BurstAsync(300, Senders);
        await DrainedAsync(gateway.Client, plugins, 300, TimeSpan.FromMinutes(2));

        foreach (int count in bursts)
        {
            await ResetAsync(gateway.Client, plugins);
            var answered = await sender.BurstAsync(count, Senders);
            var drained = await DrainedAsync(gateway.Client, plugins, count, TimeSpan.FromMinutes(10));
            var span = drained.Max(s => s.LastHandled!.Value) - drained.Min(s => s.FirstReceived!.Value);
            string line = $"{name,-14} burst {count,6}: answered in {answered.TotalSeconds,6:F1} s ({count / answered.TotalSeconds,6:F0}/s), "
                + $"all handled {span.TotalSeconds,6:F1} s after the first receipt: {count / span.TotalSeconds,6:F0} deliveries/s end to end "
                + $"({count * pluginCount / span.TotalSeconds:F0} handler runs/s); {Once(drained, count)}";
            Console.WriteLine(line);
            table.Add(line);
        }

        string disk = await DiskPerMillionAsync(connection, Path.Combine(work, "data-" + name));
        Console.WriteLine($"{name,-14} {disk}");
        table.Add($"{name,-14} {disk}");

        await ResetAsync(gateway.Client, plugins);
        int sent = await sender.SteadyAsync(steadyRate, TimeSpan.FromSeconds(steadySeconds));
        var steady = await DrainedAsync(gateway.Client, plugins, sent, TimeSpan.FromMinutes(2));
        string steadyLine = $"{name,-14} steady {steadyRate}/s for {steadySeconds} s: answer to handler p50 {steady.Max(s => s.P50),6:F1} ms, "
            + $"p99 {steady.Max(s => s.P99),6:F1} ms, max {steady.Max(s => s.Max),7:F1} ms; {Once(steady, sent)}";
        Console.WriteLine(steadyLine);
        table.Add(steadyLine);
    }
}

if (postgres is not null && stores.Contains("postgresql"))
{
    Console.WriteLine("== retention: Hooks:Inbox:KeepDays=0, the job every minute, 20,000 deliveries");
    string connection = await CreateDatabaseAsync(postgres, "retention");
    Environment.SetEnvironmentVariable("Hooks__Inbox__KeepDays", "0");
    Environment.SetEnvironmentVariable("Hooks__Inbox__Cron", "* * * * *");
    await using var gateway = await Gateway.StartAsync(binary, connection, Path.Combine(work, "data-retention"), Path.Combine(work, "plugins-1"), Secret, Path.Combine(work, "gateway-retention.log"));
    await new Sender(gateway.Client, Secret).BurstAsync(20000, Senders);
    await DrainedAsync(gateway.Client, ["bench-a"], 20000, TimeSpan.FromMinutes(5));
    long before = await RowsAsync(connection);
    var watch = Stopwatch.StartNew();
    while (await RowsAsync(connection) > 0 && watch.Elapsed < TimeSpan.FromSeconds(130))
    {
        await Task.Delay(1000);
    }

    string line = $"retention      {before} deliveries stored after the burst, {await RowsAsync(connection)} left {watch.Elapsed.TotalSeconds:F0} s later";
    Console.WriteLine(line);
    table.Add(line);
}

Console.WriteLine();
Console.WriteLine($"== summary ({Environment.ProcessorCount} cores; the driver shares them with the gateway and PostgreSQL)");
table.ForEach(Console.WriteLine);

static string Once(IReadOnlyList<PluginStats> stats, int count) =>
    stats.All(s => s.Rows == count && s.Deliveries == count) ? "each delivery handled once per plugin" : $"ROWS {string.Join("/", stats.Select(s => s.Rows))} FOR {count}";

static async Task<IReadOnlyList<PluginStats>> DrainedAsync(HttpClient client, string[] plugins, int count, TimeSpan timeout)
{
    var watch = Stopwatch.StartNew();
    foreach (string plugin in plugins)
    {
        while (await PluginStats.CountAsync(client, plugin) < count)
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"{plugin} handled {await PluginStats.CountAsync(client, plugin)} of {count} within {timeout}");
            }

            await Task.Delay(250);
        }
    }

    await Task.Delay(500); // a doubled run would show as an extra row
    return await Task.WhenAll(plugins.Select(p => PluginStats.ReadAsync(client, p)));
}

static async Task ResetAsync(HttpClient client, string[] plugins)
{
    foreach (string plugin in plugins)
    {
        await PluginStats.ResetAsync(client, plugin);
    }
}

static async Task<string> CreateDatabaseAsync(string admin, string name)
{
    await using var connection = new NpgsqlConnection(admin);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name}", connection);
    await command.ExecuteNonQueryAsync();
    return new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 100 }.ConnectionString;
}

static void CopyDirectory(string from, string to)
{
    Directory.CreateDirectory(to);
    foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
    {
        string target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target, overwrite: true);
    }
}

static async Task<long> RowsAsync(string connection)
{
    await using var db = new NpgsqlConnection(connection);
    await db.OpenAsync();
    await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM hooks_deliveries", db);
    return (long)(await command.ExecuteScalarAsync())!;
}

// The gateway's own tables (deliveries, dispatch, outcomes, indexes) per delivery, times a million.
static async Task<string> DiskPerMillionAsync(string? connection, string dataDirectory)
{
    long bytes;
    long rows;
    if (connection is not null)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pg_total_relation_size('hooks_deliveries') + pg_total_relation_size('hooks_dispatch') + pg_total_relation_size('hooks_outcomes'), "
            + "(SELECT COUNT(*) FROM hooks_deliveries)", db);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        (bytes, rows) = (reader.GetInt64(0), reader.GetInt64(1));
    }
    else
    {
        bytes = Directory.GetFiles(dataDirectory, "hooks.db*").Sum(f => new FileInfo(f).Length);
        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataDirectory, "hooks.db")};Mode=ReadOnly");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM hooks_deliveries";
        rows = (long)(await command.ExecuteScalarAsync())!;
    }

    return $"disk: {rows} deliveries ({Sender.BodyLength}-byte bodies) take {bytes / 1048576.0:F1} MiB: {bytes / (double)rows * 1e6 / 1073741824:F2} GiB per million";
}
