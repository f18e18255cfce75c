using System.CommandLine;

namespace Hooks.Gateway.Cli;

/// <summary>What every verb shares: the global options and where to write.</summary>
public sealed class CliContext(TextWriter output, HttpMessageHandler? handler)
{
    public Option<string> Url { get; } = new("--url")
    {
        Description = "The gateway's address (HOOKS_URL)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("HOOKS_URL") ?? "http://localhost:8080",
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "The admin token (HOOKS_ADMIN_TOKEN)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("HOOKS_ADMIN_TOKEN"),
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Print the gateway's JSON instead of a table", Recursive = true };

    public TextWriter Output { get; } = output;

    public GatewayCalls Gateway(ParseResult parse)
    {
        var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.BaseAddress = new Uri(parse.GetValue(Url)!.TrimEnd('/') + "/");
        if (parse.GetValue(Token) is { Length: > 0 } token)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        return new GatewayCalls(client);
    }
}
