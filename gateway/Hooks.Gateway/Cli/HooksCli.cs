using System.CommandLine;
using Hooks.Gateway.Plugins;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hooks.Gateway.Cli;

/// <summary>
/// The <c>hooks</c> command line: the gateway's binary with a verb. <c>hooks serve</c> (or no verb) runs the gateway;
/// the other verbs talk to a running gateway over HTTP (<c>--url</c>/<c>HOOKS_URL</c>, <c>--token</c>/<c>HOOKS_ADMIN_TOKEN</c>).
/// </summary>
public static class HooksCli
{
    /// <summary>True when the arguments name a verb other than <c>serve</c> (the gateway's own are <c>--key value</c> or <c>key=value</c>).</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && args[0] != "serve" && (!args[0].StartsWith('-') || args[0] is "--help" or "-h" or "-?" or "--version") && !args[0].Contains('=', StringComparison.Ordinal);

    /// <summary>Without a verb, or with <c>serve</c>: the arguments the gateway runs with.</summary>
    public static string[] ServeArguments(string[] args) => args.Length > 0 && args[0] == "serve" ? args[1..] : args;

    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, HttpMessageHandler? handler = null, string? pluginsDirectory = null)
    {
        var cli = new CliContext(output ?? Console.Out, handler);
        var root = new RootCommand("Hooks: one webhook gateway for every forge. Without a verb (or with 'serve') it runs the gateway.")
        {
            cli.Url, cli.Token, cli.Json,
            new Command("serve", "Run the gateway (the default)"),
            PluginsCommand.Create(cli),
            DeliveriesCommand.Create(cli),
            TokensCommand.Create(cli),
            ConfigCommand.Create(cli),
        };
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true).AddEnvironmentVariables().Build();
        string directory = pluginsDirectory ?? (configuration.GetSection("Hooks:Plugins").Get<PluginOptions>() ?? new PluginOptions()).ResolveDirectory();
        PluginVerbs.AddTo(root, PluginFolderLoader.LoadAll(directory, NullLogger.Instance).Where(p => p.IsActive), cli);
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = cli.Output, Error = error ?? Console.Error });
    }
}
