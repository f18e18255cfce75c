using System.Net.Http.Json;
using System.Text.Json;
using Hooks.Plugins.PackageBuilds.Tests.Support;

namespace Hooks.Plugins.PackageBuilds.Tests.Flow;

/// <summary>A wrong file stops the plugin with its line on <c>/api/plugins</c>; no file at all leaves it running and saying why pushes are ignored.</summary>
public sealed class PluginStateFacts
{
    [Fact]
    public async Task A_wrong_configuration_file_keeps_the_plugin_out_with_the_file_line_and_reason()
    {
        using var gateway = new BuildsGateway();
        gateway.Configure("baseurl: {baseurl}\nrepos: [a]\nscripts:\n  a: [make]\nworkers: many\n");

        var plugin = await PluginAsync(gateway);

        Assert.Equal("broken", plugin.GetProperty("state").GetString());
        Assert.Contains($"{gateway.ConfigFile}:5: workers must be a whole number above 0", plugin.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configuration_file_the_plugin_runs_and_records_pushes_as_ignored_saying_why()
    {
        using var gateway = new BuildsGateway();
        gateway.Settings["Hooks:Plugins:package-builds:ConfigFile"] = "";
        string commit = gateway.Repository("amppd").Commit("README.md", "v1");

        await gateway.PushAsync("amppd", "main", commit);
        var builds = await gateway.WaitForBuildsAsync(b => b.Length == 1, "the push to be recorded");

        Assert.Equal("loaded", (await PluginAsync(gateway)).GetProperty("state").GetString());
        Assert.Equal("ignored", builds[0].Status);
        Assert.StartsWith("no configuration file: set Hooks:Plugins:package-builds:ConfigFile", builds[0].Reason, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> PluginAsync(BuildsGateway gateway)
    {
        using var client = gateway.CreateAdminClient();
        var plugins = await client.GetFromJsonAsync<JsonElement[]>("/api/plugins");
        return plugins!.Single(p => p.GetProperty("id").GetString() == "package-builds");
    }
}
