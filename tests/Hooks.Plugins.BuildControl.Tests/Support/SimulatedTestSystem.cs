using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hooks.Plugins.BuildControl.Tests.Support;

/// <summary>
/// The ALTS scheduler and workers as they speak: <c>GET tests/get_test_tasks/</c> with its token, results posted to
/// each task's <c>callback_href</c> (relative to the web server's root) with <c>api_version</c> 20210512.
/// </summary>
public sealed class SimulatedTestSystem(HttpClient client) : IDisposable
{
    public const string ApiVersion = "20210512";

    public HttpClient Client => client;

    public async Task<List<JsonElement>> GetTasksAsync()
    {
        using var response = await client.GetAsync("tests/get_test_tasks/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. answer.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>Posts to <c>callback_href</c>, which is relative to the plugin's root (ALTS prefixes its <c>bs_host</c>).</summary>
    public async Task<HttpResponseMessage> ReportAsync(JsonElement task, object result, object? stats = null)
    {
        string callback = task.GetProperty("callback_href").GetString()!;
        var uri = new Uri(client.BaseAddress!, ControlGateway.Root.TrimEnd('/') + callback);
        return await client.PostAsJsonAsync(uri, new { api_version = ApiVersion, result, stats = stats ?? new { started_at = "2026-11-30T12:30:00" } });
    }

    /// <summary>A run where every stage and test passed, with logs.</summary>
    public static object Passed(string package) => new Dictionary<string, object>
    {
        ["prepare_environment"] = new { success = true, output = "ok" },
        ["install_package"] = new { success = true, output = $"Installed {package}" },
        ["tests"] = new Dictionary<string, object> { ["0_install_test.yml"] = new { success = true, output = "passed" } },
        ["uninstall_package"] = new { success = true, output = "ok" },
        ["logs"] = new[] { new { name = "install.log", href = "/pulp/api/v3/artifacts/test-log/", type = "test_log" } },
    };

    public static object FailedTest(string package) => new Dictionary<string, object>
    {
        ["prepare_environment"] = new { success = true, output = "ok" },
        ["install_package"] = new { success = true, output = $"Installed {package}" },
        ["tests"] = new Dictionary<string, object> { ["0_install_test.yml"] = new { success = false, output = "not ok 1 - binary runs" } },
        ["logs"] = Array.Empty<object>(),
    };

    public static object Revoked() => new { revoked = true };

    public void Dispose() => client.Dispose();
}
