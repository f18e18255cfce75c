using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Contracts.Cli;
using Hooks.Plugins.PackageBuilds.Api;

namespace Hooks.Plugins.PackageBuilds.Cli;

/// <summary><c>hooks package-builds trigger &lt;repository&gt; [--branch b]</c>: builds a branch head now, over the API.</summary>
public static class TriggerVerb
{
    public static CliVerb Verb => new(
        $"{PackageBuildsPlugin.Id} trigger",
        "Build a repository's branch head now (its default branch without --branch; the bootstrap repository rebuilds every repository)",
        ["repository"],
        ["branch"],
        RunAsync);

    private static async Task<int> RunAsync(CliCall call, CancellationToken cancellationToken)
    {
        var request = new TriggerRequest(call.Values["repository"], call.Values.GetValueOrDefault("branch"));
        using var response = await call.Gateway.PostAsJsonAsync(new Uri($"plugins/{PackageBuildsPlugin.Id}/api/builds", UriKind.Relative), request, cancellationToken);
        string body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            string error = TryError(body) ?? body;
            await call.Output.WriteLineAsync($"not triggered ({(int)response.StatusCode}): {error}");
            return 1;
        }

        if (call.Json)
        {
            await call.Output.WriteLineAsync(body);
            return 0;
        }

        var builds = JsonSerializer.Deserialize<BuildView[]>(body, JsonSerializerOptions.Web) ?? [];
        foreach (var build in builds)
        {
            await call.Output.WriteLineAsync($"{build.Id:D} {build.Repository} {build.Branch ?? build.Ref}: {build.Status}{(build.Reason is { } reason ? $" ({reason})" : "")}");
        }

        return 0;
    }

    private static string? TryError(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<ProblemMessage>(body, JsonSerializerOptions.Web)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
