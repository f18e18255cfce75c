using Hangfire;
using Hooks.Contracts.Platform;
using Hooks.Plugins.Ci.Building;
using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.Ci.Queueing;

/// <summary>
/// Turns a request into a build: reads <c>ocelot.yml</c> at the commit, checks the branch against <c>branches</c> (unless
/// forced), validates, and stores the build with its <c>pre-build-validation</c> row: <c>QUEUED</c> with a job on the
/// queue of its <c>image</c> or <c>machineTag</c>, or <c>FAILED_PRESTART</c> with the reason and no job.
/// </summary>
public sealed partial class BuildIntake(
    CiDb db, ConfigSource configs, IBackgroundJobClient jobs, IRunLogs logs, CommitStatusReporter statuses, TimeProvider time, ILogger<BuildIntake> logger)
{
    public const string Validation = "pre-build-validation";
    public const string Passed = "Passed initial validation ✓";
    public const string NotPassed = "Failed initial validation";

    /// <exception cref="BuildRefusedException">The commit has no <c>ocelot.yml</c>, or its branch is not listed.</exception>
    /// <exception cref="WorkspaceException">The commit could not be checked out.</exception>
    public async Task<CiBuild> SubmitAsync(BuildRequest request, CancellationToken cancellationToken)
    {
        string text = await configs.ReadAsync(request.CloneUrl, request.Hash, cancellationToken)
            ?? throw new BuildRefusedException($"no ocelot yaml found for repo {request.AcctRepo}");
        OcelotConfig config;
        try
        {
            config = OcelotYaml.Parse(text);
        }
        catch (OcelotYamlException error)
        {
            return await PrestartAsync(request, text, error.Message, cancellationToken);
        }

        if (!request.Force)
        {
            bool listed;
            try
            {
                listed = BranchPattern.Matches(config.Branches, request.MatchBranch);
            }
            catch (ArgumentException error)
            {
                throw new BuildRefusedException(error.Message, error);
            }

            if (!listed)
            {
                throw new BuildRefusedException($"branch {request.MatchBranch} not in the acceptable branches list: {string.Join(", ", config.Branches)}");
            }
        }

        return OcelotValidator.Validate(config) is { } reason
            ? await PrestartAsync(request, text, reason, cancellationToken)
            : await QueueAsync(request, text, config, cancellationToken);
    }

    public async Task IgnoreAsync(BuildRequest request, string reason, CancellationToken cancellationToken)
    {
        db.Ignored.Add(new IgnoredPush
        {
            Id = Guid.NewGuid(),
            Account = request.Account,
            Repo = request.Repo,
            Branch = request.Branch,
            Hash = request.Hash,
            SignaledBy = request.SignaledBy,
            Reason = reason,
            DeliveryId = request.DeliveryId,
            At = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        Log.Ignored(logger, request.AcctRepo, request.Branch, reason);
    }

    /// <summary>Enqueues the job of a build on its queue (again, for a build whose job was lost).</summary>
    public string Enqueue(CiBuild build) => jobs.Enqueue<BuildJob>(build.Queue, job => job.RunAsync(build.Id, CancellationToken.None));

    private async Task<CiBuild> QueueAsync(BuildRequest request, string text, OcelotConfig config, CancellationToken cancellationToken)
    {
        var build = New(request, text, BuildStatus.Queued);
        build.Queue = config.MachineTag is { Length: > 0 } tag ? CiPlugin.TagQueue(tag) : CiPlugin.Queue;
        await InsertAsync(build, new CiStage { Stage = Validation, Status = CiStage.Pass, Messages = [Passed] }, cancellationToken);
        var log = new StageLog(logs, CiPlugin.Log(build.Id), time);
        await log.WriteAsync("queue", $"Build {build.Id} of {build.AcctRepo} {build.Branch} at {build.Hash} queued on {build.Queue} ({Names.Of(build.SignaledBy)})");
        foreach (string warning in config.Warnings)
        {
            await log.WriteAsync("queue", $"{OcelotYaml.FileName}: {warning}");
        }

        build.JobId = Enqueue(build);
        await db.SaveChangesAsync(cancellationToken);
        Log.Queued(logger, build.Id, build.AcctRepo, build.Branch, build.Hash, build.Queue);
        await statuses.ReportAsync(build, Hooks.Contracts.Forges.CommitState.Pending, "queued");
        return build;
    }

    private async Task<CiBuild> PrestartAsync(BuildRequest request, string text, string reason, CancellationToken cancellationToken)
    {
        var build = New(request, text, BuildStatus.FailedPrestart);
        build.Reason = reason;
        build.FinishedAt = build.QueueTime;
        await InsertAsync(build, new CiStage { Stage = Validation, Status = CiStage.Fail, Error = reason, Messages = [NotPassed] }, cancellationToken);
        var log = new StageLog(logs, CiPlugin.Log(build.Id), time);
        await log.WriteAsync(Validation, [NotPassed, reason]);
        await log.CompleteAsync();
        Log.Prestart(logger, build.Id, build.AcctRepo, reason);
        await statuses.ReportAsync(build, Hooks.Contracts.Forges.CommitState.Failure, reason);
        return build;
    }

    private CiBuild New(BuildRequest request, string text, BuildStatus status) => new()
    {
        Account = request.Account,
        Repo = request.Repo,
        Source = request.Source,
        CloneUrl = request.CloneUrl,
        DefaultBranch = request.DefaultBranch,
        Branch = request.Branch,
        Hash = request.Hash,
        Status = status,
        SignaledBy = request.SignaledBy,
        Config = text,
        Files = [.. request.Changeset.Files],
        Messages = [.. request.Changeset.Messages],
        PullRequest = request.PullRequest,
        RequestedBy = request.RequestedBy,
        DeliveryId = request.DeliveryId,
        UpstreamBuildId = request.UpstreamBuildId,
        UpstreamAlias = request.UpstreamAlias,
        QueueTime = time.GetUtcNow(),
    };

    /// <summary>Stores the build under the next build number; two gateways taking the same number: the second tries the next.</summary>
    private async Task InsertAsync(CiBuild build, CiStage validation, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            build.Id = (await db.Builds.MaxAsync(b => (long?)b.Id, cancellationToken) ?? 0) + 1;
            validation.Id = Guid.NewGuid();
            validation.BuildId = build.Id;
            validation.StartTime = build.QueueTime;
            db.Builds.Add(build);
            db.Stages.Add(validation);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 20)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Build {Build} of {Repository} {Branch} at {Hash} queued on {Queue}")]
        public static partial void Queued(ILogger logger, long build, string repository, string branch, string hash, string queue);

        [LoggerMessage(Level = LogLevel.Information, Message = "Build {Build} of {Repository} failed before it started: {Reason}")]
        public static partial void Prestart(ILogger logger, long build, string repository, string reason);

        [LoggerMessage(Level = LogLevel.Information, Message = "{Repository} {Branch} not built: {Reason}")]
        public static partial void Ignored(ILogger logger, string repository, string branch, string reason);
    }
}
