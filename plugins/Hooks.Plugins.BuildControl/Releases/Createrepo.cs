using Hooks.Contracts.Platform;
using Hooks.Plugins.BuildControl.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.Releases;

/// <summary>
/// Makes a repository folder's metadata with <c>createrepo_c --update</c> (<c>Hooks:Plugins:build-control:Createrepo</c>)
/// when it is installed; without it the folder only holds the packages.
/// </summary>
public sealed partial class Createrepo(IProcessRunner processes, IOptions<BuildControlOptions> options, ILogger<Createrepo> logger)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(30);

    /// <summary>The tool's full path, or null when it is not installed.</summary>
    public string? Program
    {
        get
        {
            string tool = options.Value.Createrepo;
            if (tool.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return File.Exists(tool) ? tool : null;
            }

            return (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, tool))
                .FirstOrDefault(File.Exists);
        }
    }

    /// <returns>Whether metadata was made.</returns>
    /// <exception cref="InvalidOperationException">createrepo_c failed.</exception>
    public async Task<bool> RunAsync(string folder, CancellationToken cancellationToken)
    {
        if (Program is not { } program)
        {
            Log.Missing(logger, options.Value.Createrepo, folder);
            return false;
        }

        var result = await processes.RunAsync(ProcessRequest.Command(program, "--update", folder) with { Timeout = Limit, InheritEnvironment = true }, cancellationToken);
        return result.Succeeded ? true : throw new InvalidOperationException($"{program} --update {folder} failed (exit code {result.ExitCode}{(result.TimedOut ? ", timed out" : "")})");
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "{Tool} is not installed: {Folder} holds the packages without repository metadata")]
        public static partial void Missing(ILogger logger, string tool, string folder);
    }
}
