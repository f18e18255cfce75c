using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hooks.Plugins.BuildControl.Tests.Support;

/// <summary>
/// The steps of a build's way to a release, as the users and the simulated nodes take them: a platform with
/// production repositories, a build of <c>harbour</c> whose x86_64 task makes a binary, a debuginfo and a noarch RPM,
/// a sign key for the platform and a signed build.
/// </summary>
public static class Pipeline
{
    public const string Platform = "AlmaLinux-9";
    public const string KeyId = "2AE81E8ACED7258B";
    public const string Fingerprint = "BF18AC2876178908D6E71267D36CD4E22AE81E8A";

    public static readonly string[] BinaryRpms = ["harbour-2.3.0-1.el9.x86_64.rpm", "harbour-debuginfo-2.3.0-1.el9.x86_64.rpm", "harbour-doc-2.3.0-1.el9.noarch.rpm"];
    public const string SourceRpm = "harbour-2.3.0-1.el9.src.rpm";

    /// <summary>x86_64 and aarch64, a mock repository and production repositories: one per arch, a debug one for x86_64, one for sources.</summary>
    public static async Task<int> CreatePlatformAsync(HttpClient user, string name = Platform)
    {
        var body = new
        {
            name,
            type = "rpm",
            distr_type = "rhel",
            distr_version = "9",
            test_dist_name = "almalinux",
            arch_list = new[] { "x86_64", "aarch64" },
            repos = new object[]
            {
                new { name = name + "-BaseOS-x86_64", arch = "x86_64", url = "https://repo.example/9/BaseOS/x86_64/os/", type = "rpm" },
                new { name = name + "-baseos-x86_64", arch = "x86_64", url = "https://repo.example/9/prod/x86_64/", type = "rpm", production = true },
                new { name = name + "-baseos-aarch64", arch = "aarch64", url = "https://repo.example/9/prod/aarch64/", type = "rpm", production = true },
                new { name = name + "-debug-x86_64", arch = "x86_64", url = "https://repo.example/9/debug/x86_64/", type = "rpm", production = true, debug = true },
                new { name = name + "-source", arch = "src", url = "https://repo.example/9/source/", type = "rpm", production = true },
            },
            data = new { mock = new { }, mock_dist = "el9" },
        };
        using var response = await user.PostAsJsonAsync("platforms/", body);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }

    public static async Task<int> CreateBuildAsync(HttpClient user, string platform = Platform) =>
        (await ControlGateway.CreateBuildAsync(user, ["harbour"], [platform + ":x86_64"])).GetProperty("id").GetInt32();

    /// <summary>A build node takes every task it can and reports it done, with the RPMs as albs-node uploads them.</summary>
    public static async Task RunBuildNodeAsync(ControlGateway gateway)
    {
        using var node = await gateway.NodeAsync("x86-" + Guid.NewGuid().ToString("N")[..8], "x86_64", "src");
        while (await node.GetTaskAsync() is { } task)
        {
            int id = task.GetProperty("id").GetInt32();
            string arch = task.GetProperty("arch").GetString()!;
            using var done = await node.PostAsync("build_node/build_done", Report(id, arch == "src" ? [SourceRpm] : BinaryRpms));
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }
    }

    public static object Report(int task, IEnumerable<string> rpms) => new
    {
        task_id = task,
        status = "done",
        artifacts = rpms.Select(name => (object)new { name, type = "rpm", href = $"/pulp/api/v3/artifacts/{task}-{name}/", sha256 = new string('a', 64), cas_hash = (string?)null, path = "/srv/" + name })
            .Append(new { name = $"mock_build.{task}.log", type = "build_log", href = $"/pulp/api/v3/artifacts/{task}-log/", sha256 = new string('b', 64), cas_hash = (string?)null, path = "/srv/build.log" }),
        stats = new { build_node_task = new { start_ts = "2026-11-30 12:00:05.123456", end_ts = "2026-11-30 12:10:05.000001", delta = "0:10:00.000001" } },
        is_cas_authenticated = false,
        git_commit_hash = "26aff7ab3880bcfccc07b1821ed0f92d8f04cf4e",
        alma_commit_cas_hash = (string?)null,
    };

    /// <summary>A sign key for <paramref name="platforms"/>; its id.</summary>
    public static async Task<int> CreateKeyAsync(HttpClient signer, string keyId = KeyId, string fingerprint = Fingerprint, params string[] platforms)
    {
        using var response = await signer.PostAsJsonAsync("sign-keys/new/", new
        {
            name = "AlmaLinux 9 " + keyId,
            description = "release key",
            keyid = keyId,
            fingerprint,
            public_url = "https://repo.example/RPM-GPG-KEY-AlmaLinux-9",
            active = true,
            platforms = platforms.Length == 0 ? [Platform] : platforms,
        });
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }

    public static Task<HttpResponseMessage> CreateSignTaskAsync(HttpClient signer, int buildId, int keyId) =>
        signer.PostAsJsonAsync("sign-tasks/", new { build_id = buildId, sign_key_id = keyId });

    public static async Task CreateSignTaskOkAsync(HttpClient signer, int buildId, int keyId)
    {
        using var created = await CreateSignTaskAsync(signer, buildId, keyId);
        Assert.True(created.StatusCode == HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
    }

    /// <summary>A sign task for the build, taken and completed by a sign node holding the key.</summary>
    public static async Task SignAsync(ControlGateway gateway, HttpClient signer, int buildId, int keyId, ArtifactStore? store, string keyIdHex = KeyId, string fingerprint = Fingerprint)
    {
        await CreateSignTaskOkAsync(signer, buildId, keyId);

        using var node = await gateway.SignNodeAsync("sign-" + Guid.NewGuid().ToString("N")[..8], keyIdHex);
        var task = await node.GetTaskAsync();
        using var completed = await node.CompleteAsync(task, fingerprint, store);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
