using System.CommandLine;

namespace Hooks.Gateway.Cli;

/// <summary>Runs a verb: 0 when it went through, 1 with the gateway's message on standard error when it did not.</summary>
public static class CliAction
{
    public static Func<ParseResult, CancellationToken, Task<int>> Of(Func<ParseResult, CancellationToken, Task> body) => async (parse, cancellationToken) =>
    {
        try
        {
            await body(parse, cancellationToken);
            return 0;
        }
        catch (CliFailedException error)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {error.Message}");
            return 1;
        }
    };
}
