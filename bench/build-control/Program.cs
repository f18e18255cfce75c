using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hooks.Bench.Dispatch;
using Hooks.Testing;

// Then test tasks through get_test_tasks (4 test systems at once) and sign tasks through get_sign_task + complete (8 sign nodes).
// Usage: BuildControlBench <gateway dll> <plugins dir> <postgres connection string> <work dir> <gitea tag push fixture> [queue size, default 10000]
string binary = args[0];
string plugins = args[1];
string postgres = args[2];
string work = args[3];
byte[] tagPush = File.ReadAllBytes(args[4]);
int queue = args.Length > 5 ? int.Parse(args[5]) : 10000;
const string Secret = "bench-secret";
const int Nodes = 16;

var settings = new Dictionary<string, string>
{
    ["Hooks__AdminToken"] = "bench-admin",
    ["Hooks__Sources__gitea__Forge"] = "Gitea",
    ["Hooks__Sources__gitea__Secret"] = Secret,
    ["Hooks__Plugins__build-control__ArtifactBaseUrl"] = "https://build.example/pulp/content/",
    ["Hooks__Plugins__build-control__Triggers__0__Source"] = "gitea",
    ["Hooks__Plugins__build-control__Triggers__0__Repositories__0"] = "rpms/*",
};
string[] arches = ["x86_64", "i686", "aarch64"];
for (int p = 0; p < 2; p++)
{
    settings[$"Hooks__Plugins__build-control__Triggers__0__Platforms__{p}__Name"] = $"AlmaLinux-{9 - p}";
    for (int a = 0; a < arches.Length; a++)
    {
        settings[$"Hooks__Plugins__build-control__Triggers__0__Platforms__{p}__ArchList__{a}"] = arches[a];
    }
}

await using var gateway = await Gateway.StartAsync(binary, postgres, Path.Combine(work, "data"), plugins, Secret, Path.Combine(work, "gateway.log"), settings);
gateway.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "bench-admin");
using var user = await ClientAsync("bench-user", "build-control");
foreach (string platform in new[] { "AlmaLinux-9", "AlmaLinux-8", "Bench" })
{
    (await user.PostAsJsonAsync("platforms/", new
    {
        name = platform, type = "rpm", arch_list = arches,
        repos = arches.Select(a => new { name = $"{platform}-BaseOS-{a}", arch = a, url = $"https://repo.example/{platform}/{a}/", type = "rpm" }),
        data = new { mock = new { chroot_setup_cmd = "install bash" }, definitions = new { }, yum = new { }, mock_dist = "el9", timeout = 43200 },
    })).EnsureSuccessStatusCode();
}

var nodes = new List<HttpClient>();
for (int i = 0; i < Nodes; i++)
{
    nodes.Add(await ClientAsync($"node-{i}", "build-node"));
}

Console.WriteLine($"== get_task: {Nodes} nodes at once against a queue of {queue:N0} source tasks (each ref also has an x86_64 task waiting for its source)");
await DrainAsync("holding every task taken (the worst case: the lease holders pile up at the front of the queue)", report: false);
Console.WriteLine($"== the same with each node reporting build_done for each task at once (as nodes do, builds taking no time)");
await DrainAsync("taking and reporting", report: true);

Console.WriteLine("== a complete build from tag pushes: 3 refs (rpms/bash, rpms/zsh, rpms/fish) × AlmaLinux-9, AlmaLinux-8 × x86_64, i686, aarch64");
int before = (await Builds()).GetArrayLength();
var whole = Stopwatch.StartNew();
foreach (string package in new[] { "bash", "zsh", "fish" })
{
    await PushTagAsync(package);
}

var x86 = nodes.Take(4).Select(n => (n, new[] { "x86_64", "i686", "src" }));
var arm = nodes.Skip(4).Take(2).Select(n => (n, new[] { "aarch64" }));
using var done = new CancellationTokenSource();
var building = x86.Concat(arm).Select(node => Task.Run(async () =>
{
    while (!done.IsCancellationRequested)
    {
        using var response = await Post(node.n, "build_node/get_task", new { supported_arches = node.Item2, excluded_packages = Array.Empty<string>() });
        string body = await response.Content.ReadAsStringAsync();
        if (body == "null")
        {
            await Task.Delay(20);
            continue;
        }

        var task = JsonDocument.Parse(body).RootElement;
        int id = task.GetProperty("id").GetInt32();
        string arch = task.GetProperty("arch").GetString()!;
        string name = task.GetProperty("ref").GetProperty("url").GetString()!.Split('/')[^1].Replace(".git", "") + "-1.0-1.el9";
        using var reported = await Post(node.n, "build_node/build_done", Report(id, arch, name));
        reported.EnsureSuccessStatusCode();
    }
})).ToList();
while (true)
{
    var builds = (await Builds()).EnumerateArray().ToList();
    if (builds.Count == before + 3 && builds.Take(3).All(b => b.GetProperty("finished").GetBoolean()))
    {
        whole.Stop();
        int tasks = builds.Take(3).Sum(b => b.GetProperty("tasks").GetArrayLength());
        bool completed = builds.Take(3).All(b => b.GetProperty("tasks").EnumerateArray().All(t => t.GetProperty("status").GetInt32() == 2));
        Console.WriteLine($"   3 builds, {tasks} tasks, all completed: {completed}; tag pushes to finished in {whole.Elapsed.TotalSeconds:0.00} s (4 x86_64/i686/src nodes, 2 aarch64 nodes, builds taking no time)");
        break;
    }

    await Task.Delay(50);
}

await done.CancelAsync();
await Task.WhenAll(building);

int tested = Math.Max(100, queue / 5 / 100 * 100);
Console.WriteLine($"== get_test_tasks and get_sign_task: {tested:N0} refs built in builds of 100 (a test task per binary RPM, a sign task per build)");
await TestsAndSigningAsync(tested);

async Task TestsAndSigningAsync(int refs)
{
    using var signer = await ClientAsync("bench-signer", "sign");
    var builds = new List<int>();
    for (int made = 0; made < refs; made += 100)
    {
        var batch = Enumerable.Range(made, 100).Select(i => new { url = $"https://git.example/tested/package-{i}.git", git_ref = "c9", ref_type = 2 });
        using var created = await user.PostAsJsonAsync("builds/", new { platforms = new[] { new { name = "Bench", arch_list = new[] { "x86_64" }, parallel_mode_enabled = true, independent_tasks = true } }, tasks = batch });
        created.EnsureSuccessStatusCode();
        builds.Add(JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32());
    }

    await Task.WhenAll(nodes.Select(node => Task.Run(async () =>
    {
        while (true)
        {
            using var response = await Post(node, "build_node/get_task", new { supported_arches = new[] { "src", "x86_64" }, excluded_packages = Array.Empty<string>() });
            string body = await response.Content.ReadAsStringAsync();
            if (body == "null")
            {
                return;
            }

            var task = JsonDocument.Parse(body).RootElement;
            int id = task.GetProperty("id").GetInt32();
            string arch = task.GetProperty("arch").GetString()!;
            string name = task.GetProperty("ref").GetProperty("url").GetString()!.Split('/')[^1].Replace(".git", "") + "-1.0-1.el9";
            using var reported = await Post(node, "build_node/build_done", Report(id, arch, name));
            reported.EnsureSuccessStatusCode();
        }
    })));

    var systems = new List<HttpClient>();
    for (int i = 0; i < 4; i++)
    {
        systems.Add(await ClientAsync($"alts-{i}", "test-node"));
    }

    var latencies = new ConcurrentBag<double>();
    var handed = new ConcurrentBag<int>();
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(systems.Select(alts => Task.Run(async () =>
    {
        while (true)
        {
            long start = Stopwatch.GetTimestamp();
            string body = await alts.GetStringAsync("tests/get_test_tasks/");
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var tasks = JsonDocument.Parse(body).RootElement;
            if (tasks.GetArrayLength() == 0)
            {
                return;
            }

            foreach (var task in tasks.EnumerateArray())
            {
                handed.Add(task.GetProperty("bs_task_id").GetInt32());
            }
        }
    })));
    clock.Stop();
    var sorted = latencies.Order().ToList();
    Console.WriteLine($"   get_test_tasks, 4 test systems at once: {handed.Count:N0} test tasks ({handed.Distinct().Count():N0} distinct) in {clock.Elapsed.TotalSeconds:0.00} s, {handed.Count / clock.Elapsed.TotalSeconds:0} tasks/s, {sorted.Count / clock.Elapsed.TotalSeconds:0} answers/s; p50 {Percentile(sorted, 0.5):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms");
    // The tag-push builds before made test tasks too: every one is handed out, once.
    if (handed.Count < refs || handed.Distinct().Count() != handed.Count)
    {
        throw new InvalidOperationException("a test task was handed out twice or not at all");
    }

    const string KeyId = "2AE81E8ACED7258B";
    const string Fingerprint = "BF18AC2876178908D6E71267D36CD4E22AE81E8A";
    using (var key = await signer.PostAsJsonAsync("sign-keys/new/", new { name = "bench", keyid = KeyId, fingerprint = Fingerprint, platforms = new[] { "Bench" } }))
    {
        key.EnsureSuccessStatusCode();
        int keyId = JsonDocument.Parse(await key.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        foreach (int build in builds)
        {
            (await signer.PostAsJsonAsync("sign-tasks/", new { build_id = build, sign_key_id = keyId })).EnsureSuccessStatusCode();
        }
    }

    var signNodes = new List<HttpClient>();
    for (int i = 0; i < 8; i++)
    {
        signNodes.Add(await ClientAsync($"sign-{i}", "sign-node"));
    }

    var signLatencies = new ConcurrentBag<double>();
    var signed = new ConcurrentBag<int>();
    clock.Restart();
    await Task.WhenAll(signNodes.Select(node => Task.Run(async () =>
    {
        while (true)
        {
            long start = Stopwatch.GetTimestamp();
            using var response = await Post(node, "sign-tasks/get_sign_task/", new { key_ids = new[] { KeyId } });
            string body = await response.Content.ReadAsStringAsync();
            signLatencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var task = JsonDocument.Parse(body).RootElement;
            if (!task.TryGetProperty("id", out var id))
            {
                return;
            }

            signed.Add(id.GetInt32());
            var packages = task.GetProperty("packages").EnumerateArray().Select(p => new
            {
                id = p.GetProperty("id").GetInt32(), name = p.GetProperty("name").GetString(), arch = p.GetProperty("arch").GetString(), type = "rpm",
                href = $"/pulp/api/v3/artifacts/signed-{p.GetProperty("id").GetInt32()}/", fingerprint = Fingerprint, sha256 = new string('d', 64), cas_hash = (string?)null,
            });
            using var completed = await Post(node, $"sign-tasks/{id.GetInt32()}/complete/", new { build_id = task.GetProperty("build_id").GetInt32(), success = true, error_message = (string?)null, packages, stats = new { } });
            completed.EnsureSuccessStatusCode();
        }
    })));
    clock.Stop();
    sorted = [.. signLatencies.Order()];
    Console.WriteLine($"   get_sign_task + complete, 8 sign nodes at once: {signed.Count} sign tasks of 200 RPMs ({signed.Distinct().Count()} distinct) in {clock.Elapsed.TotalSeconds:0.00} s, {signed.Count / clock.Elapsed.TotalSeconds:0.0} tasks/s; get_sign_task p50 {Percentile(sorted, 0.5):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms");
    if (signed.Count != builds.Count || signed.Distinct().Count() != builds.Count)
    {
        throw new InvalidOperationException("a sign task was handed out twice or not at all");
    }

    foreach (int id in builds)
    {
        (await user.DeleteAsync($"builds/{id}/remove")).EnsureSuccessStatusCode();
    }
}

async Task DrainAsync(string how, bool report)
{
    var creating = Stopwatch.StartNew();
    var builds = new List<int>();
    for (int made = 0; made < queue; made += 1000)
    {
        var refs = Enumerable.Range(made, Math.Min(1000, queue - made)).Select(i => new { url = $"https://git.example/queue/package-{i}.git", git_ref = "c9", ref_type = 2 });
        using var created = await user.PostAsJsonAsync("builds/", new { platforms = new[] { new { name = "Bench", arch_list = new[] { "x86_64" }, parallel_mode_enabled = true, independent_tasks = true } }, tasks = refs });
        created.EnsureSuccessStatusCode();
        builds.Add(JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32());
    }

    Console.WriteLine($"   queued {queue:N0} source tasks and {queue:N0} x86_64 tasks in {creating.Elapsed.TotalSeconds:0.0} s");
    var latencies = new ConcurrentBag<double>();
    var handed = new ConcurrentBag<int>();
    var drain = Stopwatch.StartNew();
    await Task.WhenAll(nodes.Select(node => Task.Run(async () =>
    {
        while (true)
        {
            long start = Stopwatch.GetTimestamp();
            using var response = await Post(node, "build_node/get_task", new { supported_arches = new[] { "src" }, excluded_packages = Array.Empty<string>() });
            string body = await response.Content.ReadAsStringAsync();
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            response.EnsureSuccessStatusCode();
            if (body == "null")
            {
                return;
            }

            int id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
            handed.Add(id);
            if (report)
            {
                using var reported = await Post(node, "build_node/build_done", Report(id, "src", $"package-{id}-1.0-1.el9"));
                reported.EnsureSuccessStatusCode();
            }
        }
    })));
    drain.Stop();
    var sorted = latencies.Order().ToList();
    Console.WriteLine($"   {how}: {handed.Count:N0} tasks handed out ({handed.Distinct().Count():N0} distinct) in {drain.Elapsed.TotalSeconds:0.0} s, {sorted.Count / drain.Elapsed.TotalSeconds:0} get_task answers/s");
    Console.WriteLine($"   get_task latency p50 {Percentile(sorted, 0.5):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms, max {sorted[^1]:0.0} ms");
    if (handed.Count != queue || handed.Distinct().Count() != queue)
    {
        throw new InvalidOperationException("a task was handed out twice or not at all");
    }

    foreach (int id in builds)
    {
        (await user.DeleteAsync($"builds/{id}/remove")).EnsureSuccessStatusCode();
    }
}

async Task<HttpClient> ClientAsync(string name, string scope)
{
    using var created = await gateway.Client.PostAsJsonAsync("/api/tokens", new { name, scopes = new[] { scope } });
    created.EnsureSuccessStatusCode();
    string token = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
    var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 4 }) { BaseAddress = new Uri(gateway.Client.BaseAddress!, "/plugins/build-control/api/v1/"), Timeout = TimeSpan.FromSeconds(60) };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    return client;
}

async Task<JsonElement> Builds() => JsonDocument.Parse(await gateway.Client.GetStringAsync("/plugins/build-control/api/v1/builds/?project=rpms")).RootElement.Clone();

static Task<HttpResponseMessage> Post(HttpClient client, string path, object body) =>
    client.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

static object Report(int id, string arch, string name) => new
{
    task_id = id,
    status = "done",
    artifacts = new object[]
    {
        new { name = arch == "src" ? $"{name}.src.rpm" : $"{name}.{arch}.rpm", type = "rpm", href = $"/pulp/api/v3/artifacts/{id}/", sha256 = new string('a', 64), cas_hash = (string?)null, path = "/srv/x" },
        new { name = $"mock_build.{id}.1700000000.log", type = "build_log", href = $"/pulp/api/v3/artifacts/{id}-log/", sha256 = new string('b', 64), cas_hash = (string?)null, path = "/srv/y" },
    },
    stats = new { build_node_task = new { start_ts = "2026-11-30 12:00:00.000001", end_ts = "2026-11-30 12:00:01.000001", delta = "0:00:01" } },
    is_cas_authenticated = false,
    git_commit_hash = new string('c', 40),
    alma_commit_cas_hash = (string?)null,
};

async Task PushTagAsync(string package)
{
    var body = JsonNode.Parse(tagPush)!.AsObject();
    body["ref"] = $"refs/tags/imports/c9/{package}-1.0-1.el9";
    var repository = body["repository"]!.AsObject();
    repository["full_name"] = $"rpms/{package}";
    repository["name"] = package;
    repository["clone_url"] = $"https://git.example/rpms/{package}.git";
    byte[] bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
    using var content = new ByteArrayContent(bytes);
    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/gitea") { Content = content };
    request.Headers.TryAddWithoutValidation("X-Gitea-Event", "push");
    request.Headers.TryAddWithoutValidation("X-Gitea-Delivery", Guid.NewGuid().ToString());
    request.Headers.TryAddWithoutValidation("X-Gitea-Signature", ForgeSigner.HexHmac(Secret, bytes));
    using var response = await gateway.Client.SendAsync(request);
    response.EnsureSuccessStatusCode();
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
