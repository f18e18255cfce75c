using System.Net.Http.Json;

namespace Hooks.Bench.Dispatch;

/// <summary>What a benchmark plugin recorded: rows, deliveries, and answer-to-handler milliseconds.</summary>
public sealed record PluginStats(int Rows, int Deliveries, DateTimeOffset? FirstReceived, DateTimeOffset? LastHandled, double P50, double P99, double Max)
{
    public static async Task<PluginStats> ReadAsync(HttpClient client, string plugin) =>
        (await client.GetFromJsonAsync<PluginStats>($"/plugins/{plugin}/stats"))!;

    public static async Task<int> CountAsync(HttpClient client, string plugin) =>
        await client.GetFromJsonAsync<int>($"/plugins/{plugin}/count");

    public static async Task ResetAsync(HttpClient client, string plugin) =>
        (await client.PostAsync($"/plugins/{plugin}/reset", null)).EnsureSuccessStatusCode();
}
