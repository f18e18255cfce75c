using System.Text.Json;
using Hooks.Contracts.Cli;
using Hooks.Plugins.Ci.Api;

namespace Hooks.Plugins.Ci.Cli;

/// <summary><c>hooks ci kill &lt;hash&gt;</c>: Ocelot's <c>ocelot kill</c>, over the API.</summary>
public static class KillVerb
{
    public static CliVerb Verb => new($"{CiPlugin.Id} kill", "Kill the queued or running builds of a commit (a prefix will do)", ["hash"], [], RunAsync);

    private static async Task<int> RunAsync(CliCall call, CancellationToken cancellationToken)
    {
        using var response = await call.Gateway.PostAsync(new Uri($"plugins/{CiPlugin.Id}/v1/kill/{Uri.EscapeDataString(call.Values["hash"]!)}", UriKind.Relative), null, cancellationToken);
        string body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            await call.Output.WriteLineAsync($"not killed ({(int)response.StatusCode}): {VerbText.Error(body)}");
            return 1;
        }

        var killed = JsonSerializer.Deserialize<KillView>(body, JsonSerializerOptions.Web)!;
        await call.Output.WriteLineAsync(call.Json ? body : $"{killed.Message} (builds {string.Join(", ", killed.Killed)})");
        return 0;
    }
}
