using System.Net;
using System.Text;
using System.Text.Json;

namespace Hooks.Plugins.BuildControl.Tests.Support;

/// <summary>
/// A build node speaking as albs-node does: <c>POST get_task</c> with its architectures (and <c>src</c>), <c>ping</c>
/// with the tasks it builds, <c>build_done</c> with artifacts and string stats.
/// </summary>
public sealed class SimulatedNode(HttpClient client, string[] arches) : IDisposable
{
    public HttpClient Client => client;

    public async Task<JsonElement?> GetTaskAsync(params string[] excluded)
    {
        using var response = await PostAsync("build_node/get_task", new { supported_arches = arches, excluded_packages = excluded });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return answer.RootElement.ValueKind == JsonValueKind.Null ? null : answer.RootElement.Clone();
    }

    public async Task<int> TakeAsync() => (await GetTaskAsync())?.GetProperty("id").GetInt32() ?? throw new Xunit.Sdk.XunitException("the node got no task");

    public async Task<HttpStatusCode> PingAsync(params int[] active)
    {
        using var response = await PostAsync("build_node/ping", new { active_tasks = active });
        return response.StatusCode;
    }

    public Task<HttpResponseMessage> DoneAsync(int task, string status = "done", string arch = "x86_64", string name = "bash-5.1.8-9.el9") =>
        PostAsync("build_node/build_done", Report(task, status, arch, name));

    public async Task<HttpStatusCode> DoneStatusAsync(int task, string status = "done", string arch = "x86_64", string name = "bash-5.1.8-9.el9")
    {
        using var response = await DoneAsync(task, status, arch, name);
        return response.StatusCode;
    }

    /// <summary>What albs-node sends: RPMs only when the build succeeded, logs always, stats as strings.</summary>
    public static object Report(int task, string status, string arch, string name)
    {
        var artifacts = new List<object>();
        if (status == "done")
        {
            string file = arch == "src" ? $"{name}.src.rpm" : $"{name}.{arch}.rpm";
            artifacts.Add(new { name = file, type = "rpm", href = $"/pulp/api/v3/artifacts/{task}-rpm/", sha256 = new string('a', 64), cas_hash = (string?)null, path = "/srv/artifacts/" + file });
        }

        artifacts.Add(new { name = $"mock_build.{task}.1700000000.log", type = "build_log", href = $"/pulp/api/v3/artifacts/{task}-log/", sha256 = new string('b', 64), cas_hash = (string?)null, path = "/srv/artifacts/build.log" });
        return new
        {
            task_id = task,
            status,
            artifacts,
            stats = new
            {
                build_node_task = new { start_ts = "2026-11-30 12:00:05.123456", end_ts = "2026-11-30 12:10:05.000001", delta = "0:10:00.000001" },
                upload = new { start_ts = "2026-11-30 12:10:05.000001", end_ts = "2026-11-30 12:10:06.000001", delta = "0:00:01" },
            },
            is_cas_authenticated = false,
            git_commit_hash = "26aff7ab3880bcfccc07b1821ed0f92d8f04cf4e",
            alma_commit_cas_hash = (string?)null,
        };
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body) =>
        client.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    public void Dispose() => client.Dispose();
}
