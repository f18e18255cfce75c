using System.CommandLine;
using Hooks.Gateway.Ops.Reference;

namespace Hooks.Gateway.Cli;

/// <summary><c>hooks config reference [--env]</c>: every configuration key with its default, as a table or an .env file.</summary>
public static class ConfigCommand
{
    public static Command Create(CliContext cli)
    {
        var environment = new Option<bool>("--env") { Description = "As commented environment variables (an .env file) instead of a Markdown table" };
        var reference = new Command("reference", "Every configuration key of the gateway with its default and meaning") { environment };
        reference.SetAction(async (parse, cancellationToken) =>
        {
            await cli.Output.WriteAsync(parse.GetValue(environment) ? ConfigurationReference.Environment() : ConfigurationReference.Markdown());
            return 0;
        });
        return new Command("config", "The gateway's configuration") { reference };
    }
}
