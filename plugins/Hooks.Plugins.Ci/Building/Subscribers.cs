using Hooks.Contracts.Platform;
using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Queueing;
using Hooks.Plugins.Ci.Storage;
using Hooks.Plugins.Ci.Triggers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.Ci.Building;

/// <summary>
/// When a build passes, every repository whose <c>ocelot.yml</c> (as its newest build of its default branch read it, or
/// its newest build when the forge never named the default branch) subscribes to that
/// repository and branch gets its mapped branch's head built, <c>SUBSCRIBED</c>, linked to the upstream build.
/// </summary>
public sealed partial class Subscribers(CiDb db, BuildIntake queue, IWorkspaces workspaces, ILogger<Subscribers> logger)
{
    private const int Candidates = 500;

    public async Task BuildAsync(CiBuild upstream, StageLog log)
    {
        string acctRepo = upstream.AcctRepo;
        var repositories = await db.Builds.AsNoTracking()
            .Where(b => b.Config != null && b.Config.Contains(acctRepo) && !(b.Account == upstream.Account && b.Repo == upstream.Repo))
            .Select(b => new { b.Account, b.Repo }).Distinct().Take(Candidates).ToListAsync(CancellationToken.None);
        foreach (var repository in repositories)
        {
            // The newest word of the repository: its default branch's newest build (a subscription removed there counts).
            var builds = db.Builds.AsNoTracking().Where(b => b.Account == repository.Account && b.Repo == repository.Repo).OrderByDescending(b => b.Id);
            var newest = await builds.FirstOrDefaultAsync(b => b.DefaultBranch != null && b.Branch == b.DefaultBranch, CancellationToken.None)
                ?? await builds.FirstAsync(CancellationToken.None);
            if (Subscription(newest, upstream) is not { } subscription)
            {
                continue;
            }

            string branch = subscription.Branches[upstream.Branch];
            try
            {
                var head = await workspaces.BranchHeadAsync(newest.CloneUrl, branch, null, CancellationToken.None);
                if (head is null)
                {
                    await log.WriteAsync("end", $"{newest.AcctRepo} subscribes as {subscription.Alias} but has no branch {branch}");
                    continue;
                }

                var build = await queue.SubmitAsync(new BuildRequest(
                    newest.Account, newest.Repo, newest.CloneUrl, newest.Source, branch, branch, head.Commit, SignaledBy.Subscribed, new Changeset(branch, [], [], subscription.Alias))
                {
                    Force = true,
                    DefaultBranch = newest.DefaultBranch,
                    UpstreamBuildId = upstream.Id,
                    UpstreamAlias = subscription.Alias,
                    RequestedBy = $"{acctRepo} build {upstream.Id}",
                }, CancellationToken.None);
                await log.WriteAsync("end", $"{newest.AcctRepo} {branch} subscribes as {subscription.Alias}: build {build.Id} ({Names.Of(build.Status)})");
            }
            catch (Exception error) when (error is WorkspaceException or BuildRefusedException)
            {
                Log.NotBuilt(logger, newest.AcctRepo, branch, error.Message);
                await log.WriteAsync("end", $"{newest.AcctRepo} {branch} subscribes as {subscription.Alias} but was not built: {error.Message}");
            }
        }
    }

    private static Subscription? Subscription(CiBuild downstream, CiBuild upstream)
    {
        try
        {
            return OcelotYaml.Parse(downstream.Config ?? "").Subscriptions
                .FirstOrDefault(s => s.AcctRepo == upstream.AcctRepo && s.Branches.ContainsKey(upstream.Branch));
        }
        catch (OcelotYamlException)
        {
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribed build of {Repository} {Branch} not started: {Error}")]
        public static partial void NotBuilt(ILogger logger, string repository, string branch, string error);
    }
}
