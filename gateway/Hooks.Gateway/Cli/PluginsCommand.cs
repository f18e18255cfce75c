using System.CommandLine;

namespace Hooks.Gateway.Cli;

/// <summary><c>hooks plugins list</c> (from the running gateway) and <c>hooks plugins check &lt;folder&gt;</c> (here, without one).</summary>
public static class PluginsCommand
{
    private static readonly string[] Columns = ["id", "state", "version", "handles", "queues", "scopes", "error"];

    public static Command Create(CliContext cli)
    {
        var list = new Command("list", "The plugins the gateway found: state, version, what they handle, their queues and scopes");
        list.SetAction(CliAction.Of(async (parse, cancellationToken) =>
        {
            var plugins = await cli.Gateway(parse).GetAsync("api/plugins", cancellationToken);
            Table.WriteObjects(cli.Output, parse.GetValue(cli.Json), plugins, Columns);
        }));

        var folder = new Argument<DirectoryInfo>("folder") { Description = "A plugin's folder: <folder>/<Name>.dll and what it ships" };
        var check = new Command("check", "Would this folder load as a plugin, and if not, why") { folder };
        check.SetAction(async (parse, cancellationToken) =>
        {
            var result = PluginCheck.Run(parse.GetValue(folder)!);
            await cli.Output.WriteLineAsync(result.Message);
            return result.Loads ? 0 : 1;
        });
        return new Command("plugins", "Plugins: list those of the running gateway, check a folder before deploying it") { list, check };
    }
}
