using System.Diagnostics;
using Hooks.EndToEnd.Tests.Support;
using Hooks.Testing;

namespace Hooks.EndToEnd.Tests.Gateway;

/// <summary>The <c>deploy/hooks</c> wrapper and the gateway's binary as a command line, against a gateway process.</summary>
public sealed class CommandLineFacts
{
    [Fact]
    public async Task Hooks_script_creates_a_token_and_lists_plugins_of_a_running_gateway()
    {
        await using var gateway = await GatewayProcess.StartAsync(null);

        var (created, token, _) = await HooksAsync(gateway, "tokens", "create", "--name", "e2e-node", "--scope", "recorder-node");
        var (listed, plugins, _) = await HooksAsync(gateway, "plugins", "list");
        var (refused, _, error) = await HooksAsync(gateway, "tokens", "list", "--token", "wrong");

        Assert.Equal(0, created);
        Assert.StartsWith("hks_", token, StringComparison.Ordinal);
        Assert.Equal(0, listed);
        Assert.Matches(@"(?m)^recorder\s+loaded", plugins);
        Assert.Equal(1, refused);
        Assert.Contains("needs the admin token", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> HooksAsync(GatewayProcess gateway, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(Paths.RepositoryRoot, "deploy", "hooks"), args) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["HOOKS_HOME"] = Path.GetDirectoryName(GatewayProcess.Binary)!;
        start.Environment["HOOKS_URL"] = gateway.Address.ToString();
        start.Environment["HOOKS_ADMIN_TOKEN"] = GatewayProcess.AdminToken;
        start.Environment["Hooks__Plugins__Directory"] = FixturePlugins.Directory;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
