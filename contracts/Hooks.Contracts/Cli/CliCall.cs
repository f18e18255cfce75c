namespace Hooks.Contracts.Cli;

/// <summary>A verb being run: its argument and option values by name, a client for the gateway, where to write.</summary>
/// <param name="Values">Each argument's and given option's value, by name.</param>
/// <param name="Gateway">An HTTP client for the running gateway (<c>--url</c>), with the token (<c>--token</c>) it was given.</param>
/// <param name="Output">Where the verb writes what it prints.</param>
/// <param name="Json">True with <c>--json</c>: print JSON rather than text for people.</param>
public sealed record CliCall(IReadOnlyDictionary<string, string?> Values, HttpClient Gateway, TextWriter Output, bool Json);
