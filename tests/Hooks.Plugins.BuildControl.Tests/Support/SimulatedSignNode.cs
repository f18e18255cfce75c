using System.Net;
using System.Text;
using System.Text.Json;

namespace Hooks.Plugins.BuildControl.Tests.Support;

/// <summary>
/// albs-sign-node as it speaks: <c>POST sign-tasks/get_sign_task/</c> with the key ids it holds and
/// <c>community/get_gen_sign_key_task/</c> each round, then <c>{id}/complete/</c> with every package uploaded again
/// (href, fingerprint, sha256) and its stats.
/// </summary>
public sealed class SimulatedSignNode(HttpClient client, params string[] keyIds) : IDisposable
{
    public HttpClient Client => client;

    public async Task<JsonElement> GetTaskAsync()
    {
        using var response = await PostAsync("sign-tasks/get_sign_task/", new { key_ids = keyIds });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async Task<int?> TakeAsync()
    {
        var task = await GetTaskAsync();
        return task.TryGetProperty("id", out var id) ? id.GetInt32() : null;
    }

    /// <summary>
    /// Reports the task's packages signed with <paramref name="fingerprint"/>, each uploaded to the store as a signed copy
    /// (its sha256 reported as the node computes it).
    /// </summary>
    public Task<HttpResponseMessage> CompleteAsync(JsonElement task, string fingerprint, ArtifactStore? store = null)
    {
        var packages = task.GetProperty("packages").EnumerateArray().Select(p =>
        {
            int id = p.GetProperty("id").GetInt32();
            string name = p.GetProperty("name").GetString()!;
            string href = $"/pulp/api/v3/artifacts/signed-{id}/";
            string sha256 = store?.Put(href, $"signed {name} with {fingerprint}") ?? new string('c', 64);
            return new { id, name, arch = p.GetProperty("arch").GetString(), type = "rpm", href, fingerprint, sha256, cas_hash = (string?)null };
        }).ToList();
        return PostAsync($"sign-tasks/{task.GetProperty("id").GetInt32()}/complete/", new
        {
            build_id = task.GetProperty("build_id").GetInt32(),
            success = true,
            error_message = (string?)null,
            packages,
            stats = new { sign_task_start_time = "2026-11-30 12:40:00.000001", download_packages_time = 2, sign_packages_time = 3, notarization_packages_time = 0, signature_check_packages_time = 1, upload_packages_time = 2 },
        });
    }

    public Task<HttpResponseMessage> FailAsync(JsonElement task, string traceback) =>
        PostAsync($"sign-tasks/{task.GetProperty("id").GetInt32()}/complete/", new { build_id = task.GetProperty("build_id").GetInt32(), success = false, error_message = traceback });

    public Task<HttpResponseMessage> PostAsync(string path, object body) =>
        client.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    public void Dispose() => client.Dispose();
}
