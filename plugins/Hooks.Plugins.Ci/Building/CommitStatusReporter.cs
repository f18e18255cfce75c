using Hooks.Contracts.Forges;
using Hooks.Plugins.Ci.Storage;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.Ci.Building;

/// <summary>A build's commit status on its forge, under the context <c>ci</c>; a forge that refuses is logged, the build goes on.</summary>
public sealed partial class CommitStatusReporter(ICommitStatuses statuses, BuildLinks links, ILogger<CommitStatusReporter> logger)
{
    public const string Context = "ci";

    public async Task ReportAsync(CiBuild build, CommitState state, string description)
    {
        if (build.Source is not { Length: > 0 } source)
        {
            return;
        }

        try
        {
            await statuses.ReportAsync(source, build.AcctRepo, build.Hash, state, Context, description, links.Build(build.Id), CancellationToken.None);
        }
        catch (ForgeApiException error)
        {
            Log.NotReported(logger, build.Id, error.Message);
        }
        catch (HttpRequestException error)
        {
            Log.NotReported(logger, build.Id, error.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Commit status of build {Build} not reported: {Error}")]
        public static partial void NotReported(ILogger logger, long build, string error);
    }
}
