using Hooks.Contracts.Platform;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// The git command line, run through the process runner (a git that hangs is killed with its children). Variables
/// that would point git elsewhere (<c>GIT_DIR</c>, ...) are removed; credentials come only from <see cref="AskPass"/>.
/// </summary>
public sealed class GitCli(IProcessRunner runner, AskPass askPass, IOptions<WorkspaceOptions> options)
{
    private static readonly string[] Redirecting =
    [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT",
    ];

    /// <summary>Runs git in <paramref name="directory"/>; the result's output holds its standard output and error.</summary>
    public async Task<GitOutput> RunAsync(string? directory, GitCredentials? credentials, RunLogId? log, CancellationToken cancellationToken, params string[] arguments)
    {
        var environment = askPass.Environment(credentials);
        foreach (string name in Redirecting)
        {
            environment[name] = null;
        }

        var output = new List<string>();
        var request = ProcessRequest.Command(options.Value.Git, ["-c", "credential.helper=", "-c", "gc.autoDetach=false", "-c", "maintenance.autoDetach=false", .. arguments]) with
        {
            WorkingDirectory = directory,
            InheritEnvironment = true,
            Environment = environment,
            Timeout = options.Value.GitTimeout,
            Log = log,
            OnLine = line =>
            {
                output.Add(line.Text);
                return ValueTask.CompletedTask;
            },
        };
        var result = await runner.RunAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (result.TimedOut)
        {
            throw new WorkspaceException($"git {arguments[0]} timed out after {options.Value.GitTimeout}");
        }

        return new GitOutput(result.ExitCode, output);
    }

    /// <summary>Runs git and fails with its output unless it exits with 0.</summary>
    public async Task<GitOutput> RunCheckedAsync(string? directory, GitCredentials? credentials, RunLogId? log, CancellationToken cancellationToken, params string[] arguments)
    {
        var result = await RunAsync(directory, credentials, log, cancellationToken, arguments);
        if (result.ExitCode != 0)
        {
            throw new WorkspaceException($"git {arguments[0]} exited with {result.ExitCode}: {result.Tail}");
        }

        return result;
    }
}
