using Hooks.Contracts.Forges;
using Hooks.Contracts.Platform;
using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Storage;
using Hooks.Plugins.Ci.Triggers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.Ci.Building;

/// <summary>
/// Runs a claimed build: the <c>setup</c> stage (the commit checked out on this worker, the container or the shell),
/// then each stage in order, skipping those whose conditions the changeset does not meet, until one fails, within the
/// build's time limit. Every end writes a final status: a build never stays <c>RUNNING</c> (a dying worker's build is
/// taken again once its lease runs out; a stopping gateway hands it back to the queue).
/// </summary>
public sealed partial class BuildRun(
    CiDb db,
    CiSettings settings,
    IWorkspaces workspaces,
    IRunLogs logs,
    IServiceProvider services,
    CommitStatusReporter statuses,
    BuildMetrics metrics,
    BuildEnd end,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<BuildRun> logger)
{
    public const string Setup = "setup";

    public async Task RunAsync(long buildId, Guid runner, CancellationToken shutdown)
    {
        var build = await db.Builds.AsNoTracking().FirstAsync(b => b.Id == buildId, CancellationToken.None);
        var log = new StageLog(logs, CiPlugin.Log(build.Id), time);
        await db.Stages.Where(s => s.BuildId == build.Id && s.Index > 0).ExecuteDeleteAsync(CancellationToken.None);
        metrics.Started();
        BuildOutcome outcome;
        await using (var lease = BuildLeases.Watch(scopes, build.Id, runner, settings.Options.RunLease, time, shutdown))
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(lease.Token);
            limit.CancelAfter(settings.Options.BuildTimeout);
            await log.WriteAsync(Setup, $"Build {build.Id} (attempt {build.Attempts}) on {Environment.MachineName}, process {Environment.ProcessId}");
            await statuses.ReportAsync(build, CommitState.Running, "running");
            outcome = await ExecuteAsync(build, runner, log, new StageRows(db, build.Id, time), () => StopReason(lease), limit.Token);
            if (lease.Lost)
            {
                metrics.Ended(BuildStatus.Failed, TimeSpan.Zero);
                Log.LeaseLost(logger, build.Id);
                return;
            }

            if (outcome.Stopped && lease.Shutdown.IsCancellationRequested && !lease.StopRequested)
            {
                metrics.Ended(BuildStatus.Queued, TimeSpan.Zero);
                await HandBackAsync(build.Id, runner, log);
                return;
            }
        }

        await end.FinishAsync(build, runner, outcome, log);
    }

    /// <summary>Fails a build that will not be started again (its workers kept dying), with the reason in a <c>setup</c> row.</summary>
    public async Task FailUnstartedAsync(long buildId, Guid runner, string reason)
    {
        var build = await db.Builds.AsNoTracking().FirstAsync(b => b.Id == buildId, CancellationToken.None);
        await db.Stages.Where(s => s.BuildId == build.Id && s.Index > 0).ExecuteDeleteAsync(CancellationToken.None);
        await new StageRows(db, build.Id, time).FailAsync(Setup, time.GetUtcNow(), reason);
        metrics.Started();
        await end.FinishAsync(build, runner, BuildOutcome.Failed(reason), new StageLog(logs, CiPlugin.Log(build.Id), time));
    }

    private async Task<BuildOutcome> ExecuteAsync(CiBuild build, Guid runner, StageLog log, StageRows rows, Func<string> stopReason, CancellationToken cancellationToken)
    {
        var config = OcelotYaml.Parse(build.Config ?? "");
        var setupStart = time.GetUtcNow();
        IWorkspace? workspace = null;
        IStageHost? host = null;
        try
        {
            try
            {
                // git's own output stays out of the log: every line there carries its stage's prefix.
                workspace = await workspaces.CheckoutAsync(new CheckoutRequest(build.CloneUrl, build.Hash), cancellationToken);
                await log.WriteAsync(Setup, $"Checked out {build.Hash} of {build.CloneUrl}");
                var executor = config.MachineTag is { Length: > 0 } ? (IBuildExecutor)services.GetRequiredService<ProcessExecutor>() : services.GetRequiredService<DockerExecutor>();
                host = await executor.StartAsync(new BuildPlan(build, config, workspace.Path, runner), log, cancellationToken);
            }
            catch (Exception error) when (error is WorkspaceException or BuildSetupException)
            {
                await log.WriteAsync(Setup, error.Message);
                await rows.FailAsync(Setup, setupStart, error.Message);
                return BuildOutcome.Failed($"setup: {error.Message}");
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await rows.FailAsync(Setup, setupStart, stopReason());
                return new BuildOutcome(BuildStatus.Failed, stopReason(), Stopped: true);
            }

            await rows.PassAsync(Setup, setupStart);
            string place = config.MachineTag is { Length: > 0 } ? workspace.Path : "/.ocelot/" + build.Hash;
            return await StagesAsync(build, config, place, host, log, rows, stopReason, cancellationToken);
        }
        finally
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }

            if (workspace is not null)
            {
                await workspace.DisposeAsync();
            }
        }
    }

    private async Task<BuildOutcome> StagesAsync(
        CiBuild build, OcelotConfig config, string place, IStageHost host, StageLog log, StageRows rows, Func<string> stopReason, CancellationToken cancellationToken)
    {
        string? previous = await db.Builds.AsNoTracking()
            .Where(b => b.Account == build.Account && b.Repo == build.Repo && b.Branch == build.Branch && b.Status == BuildStatus.Passed && b.Id < build.Id)
            .OrderByDescending(b => b.Id).Select(b => b.Hash).FirstOrDefaultAsync(CancellationToken.None);
        var upstream = build.UpstreamBuildId is { } up ? await db.Builds.AsNoTracking().FirstOrDefaultAsync(b => b.Id == up, CancellationToken.None) : null;
        var changeset = new Changeset(build.Branch, build.Files, build.Messages, build.UpstreamAlias);
        for (int i = 0; i < config.Stages.Count; i++)
        {
            var stage = config.Stages[i];
            string name = stage.Name is { Length: > 0 } given ? given.ToLowerInvariant() : $"stage-{i + 1}";
            bool runs;
            try
            {
                runs = StageGate.Runs(stage, changeset);
            }
            catch (ArgumentException error)
            {
                await rows.SkipAsync(stage.Name is { Length: > 0 } ? stage.Name : name, error.Message);
                continue;
            }

            if (!runs)
            {
                await log.WriteAsync(name, StageGate.Skipping);
                await rows.SkipAsync(stage.Name is { Length: > 0 } ? stage.Name : name);
                continue;
            }

            var start = time.GetUtcNow();
            var variables = BuildVariables.For(build, place, previous, upstream, config, stage);
            StageResult result;
            try
            {
                result = await host.RunAsync(name, StageCommand.For(stage.Script), variables, stage.Timeout, cancellationToken);
            }
            catch (Exception error) when (error is Docker.DotNet.DockerApiException or HttpRequestException or IOException)
            {
                string reason = $"the stage could not run: {error.Message}";
                await log.WriteAsync(name, reason);
                await rows.FailAsync(name, start, reason);
                return BuildOutcome.Failed($"{name}: {reason}");
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await log.WriteAsync(name, stopReason());
                await rows.FailAsync(name, start, stopReason());
                return new BuildOutcome(BuildStatus.Failed, $"{name}: {stopReason()}", Stopped: true);
            }

            if (!result.Passed)
            {
                string error = result.TimedOut ? $"stage timed out after {stage.Timeout}" : "exit code was not 0";
                await log.WriteAsync(name, result.TimedOut ? error : $"exit code was {result.ExitCode}");
                await rows.FailAsync(name, start, error);
                return BuildOutcome.Failed($"{name}: {error}");
            }

            await rows.PassAsync(name, start);
        }

        return BuildOutcome.Passed;
    }

    private string StopReason(RunLeaseWatch lease) => lease switch
    {
        { StopRequested: true } => "the build was killed",
        { Lost: true } => "the build was taken over by another worker",
        _ when lease.Shutdown.IsCancellationRequested => "the worker is stopping",
        _ => $"the build timed out after {settings.Options.BuildTimeout}",
    };

    /// <summary>The gateway is stopping: the build goes back to the queue, to run again from the start when a worker takes it.</summary>
    private async Task HandBackAsync(long build, Guid runner, StageLog log)
    {
        await log.WriteAsync(Setup, "The worker is stopping: the build goes back to the queue and runs again from the start");
        await db.Builds.Where(b => b.Id == build && b.RunnerId == runner).ExecuteUpdateAsync(set => set
            .SetProperty(b => b.Status, BuildStatus.Queued)
            .SetProperty(b => b.RunnerId, (Guid?)null)
            .SetProperty(b => b.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Build {Build} lost its lease to another attempt; this one stops without writing")]
        public static partial void LeaseLost(ILogger logger, long build);
    }
}
