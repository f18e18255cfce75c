using Hooks.Contracts.Platform;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.BuildControl.Releases;

/// <summary>Makes a repository folder's metadata with <c>createrepo_c</c> when it is installed; without it the folder only holds the packages.</summary>
public sealed partial class Createrepo(IProcessRunner processes, ILogger<Createrepo> logger)
{
    public const string Program = "createrepo_c";

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(30);

    public static bool IsInstalled => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(folder => File.Exists(Path.Combine(folder, Program)));

    /// <returns>Whether metadata was made.</returns>
    /// <exception cref="InvalidOperationException">createrepo_c failed.</exception>
    public async Task<bool> RunAsync(string folder, CancellationToken cancellationToken)
    {
        if (!IsInstalled)
        {
            Log.Missing(logger, folder);
            return false;
        }

        var result = await processes.RunAsync(ProcessRequest.Command(Program, "--update", folder) with { Timeout = Limit, InheritEnvironment = true }, cancellationToken);
        return result.Succeeded ? true : throw new InvalidOperationException($"{Program} --update {folder} failed (exit code {result.ExitCode}{(result.TimedOut ? ", timed out" : "")})");
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "createrepo_c is not installed: {Folder} holds the packages without repository metadata")]
        public static partial void Missing(ILogger logger, string folder);
    }
}
