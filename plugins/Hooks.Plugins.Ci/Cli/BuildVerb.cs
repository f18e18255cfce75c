using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Contracts.Cli;
using Hooks.Plugins.Ci.Api;

namespace Hooks.Plugins.Ci.Cli;

/// <summary><c>hooks ci build &lt;account/repo&gt; [--branch b] [--hash h] [--force true]</c>: Ocelot's <c>ocelot build</c>, over the API.</summary>
public static class BuildVerb
{
    public static CliVerb Verb => new(
        $"{CiPlugin.Id} build",
        "Build a repository's branch head, a commit, or its default branch now (--force true: even a branch its ocelot.yml does not list)",
        ["acctRepo"],
        ["branch", "hash", "force"],
        RunAsync);

    private static async Task<int> RunAsync(CliCall call, CancellationToken cancellationToken)
    {
        bool force = call.Values.GetValueOrDefault("force") is { } text && bool.TryParse(text, out bool parsed) && parsed;
        var request = new BuildRequestBody(call.Values["acctRepo"], call.Values.GetValueOrDefault("branch"), call.Values.GetValueOrDefault("hash"), force);
        using var response = await call.Gateway.PostAsJsonAsync(new Uri($"plugins/{CiPlugin.Id}/v1/build", UriKind.Relative), request, cancellationToken);
        string body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            await call.Output.WriteLineAsync($"not built ({(int)response.StatusCode}): {VerbText.Error(body)}");
            return 1;
        }

        if (call.Json)
        {
            await call.Output.WriteLineAsync(body);
            return 0;
        }

        var sum = JsonSerializer.Deserialize<BuildStatusView>(body, JsonSerializerOptions.Web)!.BuildSum;
        await call.Output.WriteLineAsync($"build {sum.BuildId} of {sum.Account}/{sum.Repo} {sum.Branch} at {sum.Hash}: {sum.Status}{(sum.Reason is { } reason ? $" ({reason})" : "")}");
        return 0;
    }
}
