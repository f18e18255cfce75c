using System.Diagnostics;
using System.Text;

namespace Hooks.EndToEnd.Tests.Deploy;

/// <summary>The docker command line (and other commands the deployment tests run), failing with their output.</summary>
public static class DockerCli
{
    public static Task<string> RunAsync(params string[] arguments) => CommandAsync("docker", arguments);

    /// <summary>Runs a command; returns its standard output, or throws with both streams when it fails.</summary>
    public static async Task<string> CommandAsync(string program, IReadOnlyList<string> arguments, IDictionary<string, string>? environment = null, string? directory = null)
    {
        var (exit, output, error) = await TryCommandAsync(program, arguments, environment, directory);
        return exit == 0
            ? output
            : throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {exit}:\n{output}\n{error}");
    }

    public static async Task<(int Exit, string Output, string Error)> TryCommandAsync(
        string program, IReadOnlyList<string> arguments, IDictionary<string, string>? environment = null, string? directory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory ?? "" };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        var reading = Task.WhenAll(
            Task.Run(async () => output.Append(await process.StandardOutput.ReadToEndAsync())),
            Task.Run(async () => error.Append(await process.StandardError.ReadToEndAsync())));
        await process.WaitForExitAsync();
        await reading;
        return (process.ExitCode, output.ToString().Trim(), error.ToString().Trim());
    }
}
