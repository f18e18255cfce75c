using System.Globalization;
using Hooks.Contracts.Forges;
using Hooks.Contracts.Platform;
using Hooks.Plugins.PackageBuilds.Configuration;
using Hooks.Plugins.PackageBuilds.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.PackageBuilds.Building;

/// <summary>
/// Runs a claimed build: the exact commit beside the bootstrap checkout in a fresh directory laid out as amp_ci's
/// (<c>&lt;bootstrap&gt;/</c> and <c>src_repos/&lt;repository&gt;/</c>), then each script in order from that directory
/// until one fails, within the build's timeout, into the build's run log. Every write is fenced by the runner id.
/// </summary>
public sealed partial class BuildRun(
    BuildsDb db,
    BuildSettings settings,
    IWorkspaces workspaces,
    IProcessRunner processes,
    IRunLogs logs,
    ICommitStatuses statuses,
    FailureNotice notice,
    BuildLinks links,
    BuildMetrics metrics,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<BuildRun> logger)
{
    public const string StatusContext = "package-builds";

    private BuildConfig Config => settings.Config;

    public async Task RunAsync(Guid buildId, Guid runner, CancellationToken shutdown)
    {
        var build = await db.Builds.AsNoTracking().FirstAsync(b => b.Id == buildId, CancellationToken.None);
        var log = new RunLogId(PackageBuildsPlugin.Id, build.Id);
        await using var lease = BuildLeases.Watch(scopes, build.Id, runner, settings.Options.RunLease, time, shutdown);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(lease.Token);
        timeout.CancelAfter(Config.Timeout);
        await WriteAsync(log, $"Build {build.Id:D} of {build.Repository} {build.Ref} (attempt {build.Attempts}), requested by {build.RequestedBy ?? "nobody known"} ({build.Trigger.ToString().ToLowerInvariant()})");

        string? commit = build.Commit;
        BuildOutcome outcome;
        try
        {
            if (commit is null)
            {
                commit = await HeadAsync(Config.Repository(build.Repository)!, build.Branch, log, timeout.Token);
                await db.Builds.Where(b => b.Id == build.Id && b.RunnerId == runner)
                    .ExecuteUpdateAsync(set => set.SetProperty(b => b.Commit, commit), CancellationToken.None);
            }

            await ReportAsync(build, commit, CommitState.Running, "building");
            outcome = await BuildAsync(build, commit, log, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            outcome = Stopped(lease, null);
        }
        catch (Exception error) when (error is WorkspaceException or BuildSetupException)
        {
            outcome = new BuildOutcome(BuildStatus.Failed, error.Message, null);
        }

        if (lease.Lost)
        {
            Log.LeaseLost(logger, build.Id);
            return;
        }

        if (lease.Shutdown.IsCancellationRequested)
        {
            await HandBackAsync(build.Id, runner, log);
            return;
        }

        outcome = outcome.Status == BuildStatus.Cancelled && !lease.StopRequested
            ? new BuildOutcome(BuildStatus.Failed, $"timed out after {Config.Timeout}", outcome.ExitCode)
            : outcome;
        await FinishAsync(build, runner, commit, outcome, log);
    }

    private async Task<BuildOutcome> BuildAsync(BuildRecord build, string commit, RunLogId log, CancellationToken cancellationToken)
    {
        var repository = Config.Repository(build.Repository)!;
        string bootstrapCommit = build.BootstrapCommit ?? await HeadAsync(Config.Bootstrap, Config.Bootstrap.DefaultBranch, log, cancellationToken);
        await using var directory = await workspaces.CreateDirectoryAsync($"package-build-{build.Repository}-{commit[..12]}", cancellationToken);
        await WriteAsync(log, $"Checking out {Config.Bootstrap.Name} at {bootstrapCommit} and {build.Repository} at {commit} into {directory.Path}");
        string bootstrapPath = await directory.CheckoutAsync(new CheckoutRequest(Config.Bootstrap.CloneUrl, bootstrapCommit) { Log = log }, Config.Bootstrap.Name, cancellationToken);
        await directory.CheckoutAsync(new CheckoutRequest(repository.CloneUrl, commit) { Log = log }, Path.Combine("src_repos", build.Repository), cancellationToken);

        var scripts = Config.Scripts.For(build.Repository, build.Branch ?? "")
            ?? throw new BuildSetupException($"no scripts for branch {build.Branch} of {build.Repository} any more");
        await WriteAsync(log, $"Scripts from {scripts.Key}: {string.Join(", ", scripts.Scripts)}");
        var environment = BuildEnvironment.Variables(build, commit, Config);
        var placeholders = BuildEnvironment.Placeholders(build, commit);
        var outcome = BuildOutcome.Success;
        foreach (string script in scripts.Scripts)
        {
            await WriteAsync(log, "$ " + script);
            var result = await processes.RunAsync(ScriptLine.For(script, bootstrapPath, Config.Directory, placeholders) with
            {
                WorkingDirectory = directory.Path,
                Environment = environment,
                MergeErrorIntoOutput = true,
                Log = log,
            }, cancellationToken);
            await WriteAsync(log, $"{script}: exit code {result.ExitCode} after {result.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
            if (result.Cancelled)
            {
                outcome = new BuildOutcome(BuildStatus.Cancelled, $"{script} was stopped", result.ExitCode);
                break;
            }

            if (!result.Succeeded)
            {
                outcome = new BuildOutcome(BuildStatus.Failed, $"{script} exited with {result.ExitCode}", result.ExitCode);
                break;
            }
        }

        if (outcome.Status != BuildStatus.Succeeded)
        {
            directory.MarkFailed(Config.KeepFailedFor);
            await WriteAsync(log, $"The build directory is kept for {Config.KeepFailedFor}: {directory.Path}");
        }

        return outcome;
    }

    private async Task<string> HeadAsync(RepositoryConfig repository, string? branch, RunLogId log, CancellationToken cancellationToken)
    {
        var head = await workspaces.BranchHeadAsync(repository.CloneUrl, branch, null, cancellationToken)
            ?? throw new BuildSetupException($"{repository.CloneUrl} has no branch {branch ?? "by default"}");
        await WriteAsync(log, $"{repository.Name} {head.Branch} is at {head.Commit}");
        return head.Commit;
    }

    private static BuildOutcome Stopped(RunLeaseWatch lease, int? exitCode) =>
        new(BuildStatus.Cancelled, lease.StopRequested ? "cancelled" : "stopped", exitCode);

    private async Task FinishAsync(BuildRecord build, Guid runner, string? commit, BuildOutcome outcome, RunLogId log)
    {
        var now = time.GetUtcNow();
        await WriteAsync(log, outcome.Status == BuildStatus.Succeeded ? "Build succeeded" : $"Build {outcome.Status.ToString().ToLowerInvariant()}: {outcome.Reason}");
        await logs.CompleteAsync(log, CancellationToken.None);
        int finished = await db.Builds.Where(b => b.Id == build.Id && b.RunnerId == runner).ExecuteUpdateAsync(set => set
            .SetProperty(b => b.Status, outcome.Status)
            .SetProperty(b => b.Reason, outcome.Reason)
            .SetProperty(b => b.ExitCode, outcome.ExitCode)
            .SetProperty(b => b.FinishedAt, now)
            .SetProperty(b => b.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        if (finished == 0)
        {
            Log.LeaseLost(logger, build.Id);
            return;
        }

        metrics.Finished(build.Repository, outcome.Status, now - (build.StartedAt ?? now));
        Log.Finished(logger, build.Id, build.Repository, outcome.Status, outcome.Reason ?? "");
        if (commit is not null)
        {
            await ReportAsync(build, commit, outcome.Status == BuildStatus.Succeeded ? CommitState.Success : CommitState.Failure, outcome.Reason ?? "built");
        }

        if (outcome.Status == BuildStatus.Failed)
        {
            build.Commit = commit;
            await notice.SendAsync(build, outcome, log);
        }
    }

    /// <summary>The gateway is stopping: the build goes back to the queue, to run again when a worker starts.</summary>
    private async Task HandBackAsync(Guid build, Guid runner, RunLogId log)
    {
        await WriteAsync(log, "The gateway is stopping: the build goes back to the queue and runs again from the start");
        await db.Builds.Where(b => b.Id == build && b.RunnerId == runner).ExecuteUpdateAsync(set => set
            .SetProperty(b => b.Status, BuildStatus.Queued)
            .SetProperty(b => b.RunnerId, (Guid?)null)
            .SetProperty(b => b.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    private async Task ReportAsync(BuildRecord build, string commit, CommitState state, string description)
    {
        if (Config.Source is not { } source || build.FullName is not { } fullName)
        {
            return;
        }

        try
        {
            await statuses.ReportAsync(source, fullName, commit, state, StatusContext, description, links.Build(build.Id), CancellationToken.None);
        }
        catch (ForgeApiException error)
        {
            Log.StatusNotReported(logger, build.Id, error.Message);
        }
    }

    private Task<long> WriteAsync(RunLogId log, string text) =>
        logs.AppendAsync(log, [new OutputLine(time.GetUtcNow(), OutputChannel.Output, "[hooks] " + text)], CancellationToken.None);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Build {Build} of {Repository}: {Status} {Reason}")]
        public static partial void Finished(ILogger logger, Guid build, string repository, BuildStatus status, string reason);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Build {Build} lost its lease to another attempt; this one stops without writing")]
        public static partial void LeaseLost(ILogger logger, Guid build);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Commit status of build {Build} not reported: {Error}")]
        public static partial void StatusNotReported(ILogger logger, Guid build, string error);
    }
}
