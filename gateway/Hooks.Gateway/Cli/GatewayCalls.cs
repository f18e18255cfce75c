using System.Text.Json;

namespace Hooks.Gateway.Cli;

/// <summary>The admin API as the command line calls it: JSON in, JSON out, the gateway's error message on failure.</summary>
public sealed class GatewayCalls(HttpClient client)
{
    public HttpClient Client => client;

    public Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) => SendAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<JsonElement> PostAsync(string path, object? body, CancellationToken cancellationToken) => SendAsync(HttpMethod.Post, path, body, cancellationToken);

    public Task<JsonElement> DeleteAsync(string path, CancellationToken cancellationToken) => SendAsync(HttpMethod.Delete, path, null, cancellationToken);

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = body is null ? null : JsonContent.Create(body) };
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new CliFailedException($"no gateway answers at {client.BaseAddress} ({exception.Message}); set --url or HOOKS_URL", exception);
        }

        using (response)
        {
            string text = await response.Content.ReadAsStringAsync(cancellationToken);
            var json = text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text);
            if (!response.IsSuccessStatusCode)
            {
                string message = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("error", out var error) ? error.ToString() : response.ReasonPhrase ?? "";
                throw new CliFailedException($"{message} (HTTP {(int)response.StatusCode})");
            }

            return json;
        }
    }
}
