using Hooks.Contracts.Platform;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// How credentials reach git: <c>GIT_ASKPASS</c> names a small script (written once, mode 0700, in a private temporary
/// directory) that answers git's prompts from two environment variables of the git process. The secret is never in
/// a URL, an argument list, a file or a log line; stored credential helpers are switched off for the command, so git
/// neither uses nor saves others.
/// </summary>
public sealed class AskPass
{
    public const string UserVariable = "HOOKS_GIT_USERNAME";

    public const string SecretVariable = "HOOKS_GIT_PASSWORD";

    private const string Script =
        $"""
        #!/bin/sh
        # Answers git's credential prompts for the Hooks gateway from its environment.
        case "$1" in
          Username*|username*) printf '%s\n' "${UserVariable}" ;;
          *) printf '%s\n' "${SecretVariable}" ;;
        esac
        """;

    private readonly Lazy<string> _path = new(Write);

    /// <summary>The script's path (written on first use).</summary>
    public string ScriptPath => _path.Value;

    /// <summary>The variables a git command gets: none of the secret without credentials, and never a prompt.</summary>
    public Dictionary<string, string?> Environment(GitCredentials? credentials)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["GIT_TERMINAL_PROMPT"] = "0",
            ["GCM_INTERACTIVE"] = "never",
            ["SSH_ASKPASS"] = null,
            [UserVariable] = null,
            [SecretVariable] = null,
        };
        if (credentials is not null)
        {
            environment["GIT_ASKPASS"] = ScriptPath;
            environment[UserVariable] = credentials.UserName;
            environment[SecretVariable] = credentials.Password;
        }

        return environment;
    }

    private static string Write()
    {
        var directory = Directory.CreateTempSubdirectory("hooks-askpass-");
        string path = Path.Combine(directory.FullName, "askpass.sh");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        using var file = new FileStream(path, options);
        using var writer = new StreamWriter(file);
        writer.Write(Script.ReplaceLineEndings("\n") + "\n");
        return path;
    }
}
