using System.Text.RegularExpressions;
using Hooks.Contracts.Platform;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Pages;
using Hooks.Plugins.Ci.Queueing;
using Hooks.Plugins.Ci.Storage;
using Hooks.Plugins.Ci.Triggers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Plugins.Ci.Api;

/// <summary>
/// Under <c>/plugins/ci</c>, Ocelot's REST paths: <c>GET v1/status</c>, <c>GET v1/summary/{account}/{repo}</c>,
/// <c>GET v1/logs</c>, <c>GET v1/builds</c> (public unless <c>Hooks:Plugins:ci:PublicRead</c> is false: then a token of
/// scope <c>ci</c>), <c>POST v1/build</c> and <c>POST v1/kill/{hash}</c> (a token of scope <c>ci</c>); and the pages.
/// </summary>
public static partial class CiApi
{
    private const int MaxPageSize = 500;

    public static void MapCiApi(this IEndpointRouteBuilder endpoints)
    {
        var reading = endpoints.MapGroup("");
        if (endpoints.ServiceProvider.GetRequiredService<CiSettings>().Options.PublicRead)
        {
            reading.AllowAnonymous();
        }
        else
        {
            reading.RequireAuthorization(HooksAuthorization.Scope(CiPlugin.Scope));
        }

        reading.MapGet("/v1/status", StatusAsync);
        reading.MapGet("/v1/summary/{account}/{repo}", SummaryAsync);
        reading.MapGet("/v1/logs", LogsAsync);
        reading.MapGet("/v1/builds", BuildsAsync);
        reading.MapGet("/v1/ignored", IgnoredAsync);
        reading.MapGet("/", BuildsPage.HandleAsync);
        reading.MapGet("/repos/{account}/{repo}", BuildsPage.RepositoryAsync);
        reading.MapGet("/builds/{id:long}", BuildPage.HandleAsync);
        var acting = endpoints.MapGroup("/v1").RequireAuthorization(HooksAuthorization.Scope(CiPlugin.Scope));
        acting.MapPost("/build", BuildAsync);
        acting.MapPost("/kill/{hash}", KillAsync);
    }

    private static async Task<Results<Ok<BuildStatusView>, BadRequest<ProblemMessage>, NotFound<ProblemMessage>>> StatusAsync(
        long? buildId, string? hash, string? acctName, string? repoName, string? partialRepo, CiDb db, CancellationToken cancellationToken)
    {
        var (build, problem, notFound) = await BuildLookup.FindAsync(db, buildId, hash, acctName, repoName, partialRepo, cancellationToken);
        if (build is null)
        {
            return notFound ? TypedResults.NotFound(new ProblemMessage(problem!)) : TypedResults.BadRequest(new ProblemMessage(problem!));
        }

        return TypedResults.Ok(await StatusOfAsync(db, build, cancellationToken));
    }

    public static async Task<BuildStatusView> StatusOfAsync(CiDb db, CiBuild build, CancellationToken cancellationToken)
    {
        var stages = await db.Stages.AsNoTracking().Where(s => s.BuildId == build.Id).OrderBy(s => s.Index).ToListAsync(cancellationToken);
        return new BuildStatusView(BuildSum.Of(build), [.. stages.Select(StageView.Of)]);
    }

    private static async Task<Results<Ok<SummaryView>, BadRequest<ProblemMessage>, NotFound<ProblemMessage>>> SummaryAsync(
        string account, string repo, int? limit, CiDb db, CancellationToken cancellationToken)
    {
        if (limit is not > 0)
        {
            return TypedResults.BadRequest(new ProblemMessage("repo, account, and limit are required fields"));
        }

        var builds = await db.Builds.AsNoTracking().Where(b => b.Account == account && b.Repo == repo)
            .OrderByDescending(b => b.Id).Take(Math.Min(limit.Value, MaxPageSize)).ToListAsync(cancellationToken);
        return builds.Count == 0
            ? TypedResults.NotFound(new ProblemMessage("no entries found"))
            : TypedResults.Ok(new SummaryView([.. builds.Select(BuildSum.Of)]));
    }

    private static async Task<Results<Ok<BuildsPageView>, BadRequest<ProblemMessage>>> BuildsAsync(
        [AsParameters] BuildFilter filter, CiDb db, CancellationToken cancellationToken)
    {
        if (filter.Problem() is { } problem)
        {
            return TypedResults.BadRequest(new ProblemMessage(problem));
        }

        var query = filter.Apply(db.Builds.AsNoTracking());
        int size = Math.Clamp(filter.PageSize ?? 50, 1, MaxPageSize);
        int page = Math.Max(filter.Page ?? 1, 1);
        int total = await query.CountAsync(cancellationToken);
        var builds = await query.OrderByDescending(b => b.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new BuildsPageView([.. builds.Select(BuildSum.Of)], total, page, size));
    }

    private static async Task<Ok<IgnoredView[]>> IgnoredAsync(int? limit, CiDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Ignored.AsNoTracking().OrderByDescending(i => i.At).Take(Math.Clamp(limit ?? 100, 1, MaxPageSize)).ToListAsync(cancellationToken))
            .Select(IgnoredView.Of).ToArray());

    private static async Task LogsAsync(long? buildId, string? hash, bool? strip, HttpContext http, CiDb db, IRunLogs logs, CancellationToken cancellationToken)
    {
        if (buildId is null && hash is not { Length: > 0 })
        {
            await Problem(http, StatusCodes.Status400BadRequest, "must request with either a hash or a buildId");
            return;
        }

        var (build, problem, _) = await BuildLookup.FindAsync(db, buildId, hash, null, null, null, cancellationToken);
        if (build is null)
        {
            await Problem(http, StatusCodes.Status404NotFound, problem!);
            return;
        }

        http.Response.ContentType = "text/plain; charset=utf-8";
        var log = CiPlugin.Log(build.Id);
        if (!build.IsOver)
        {
            await foreach (var line in logs.FollowAsync(log, 0, cancellationToken))
            {
                await http.Response.WriteAsync((strip == true ? Strip(line.Text) : line.Text) + "\n", cancellationToken);
                await http.Response.Body.FlushAsync(cancellationToken);
            }

            return;
        }

        for (long after = 0; ;)
        {
            var lines = await logs.ReadAsync(log, after, 1000, cancellationToken);
            if (lines.Count == 0)
            {
                return;
            }

            await http.Response.WriteAsync(string.Concat(lines.Select(l => (strip == true ? Strip(l.Text) : l.Text) + "\n")), cancellationToken);
            after = lines[^1].Number;
        }
    }

    private static async Task<Results<Accepted<BuildStatusView>, Ok<BuildStatusView>, BadRequest<ProblemMessage>, NotFound<ProblemMessage>>> BuildAsync(
        BuildRequestBody? body, HttpContext http, CiDb db, BuildIntake queue, IWorkspaces workspaces, CancellationToken cancellationToken)
    {
        if (body?.AcctRepo is not { Length: > 0 } acctRepo || !acctRepo.Contains('/', StringComparison.Ordinal))
        {
            return TypedResults.BadRequest(new ProblemMessage("give the repository as acctRepo: {\"acctRepo\": \"account/repo\", \"branch\": \"optional\", \"hash\": \"optional\", \"force\": false}"));
        }

        var (account, repo) = BuildRequest.Split(acctRepo);
        var known = await db.Builds.AsNoTracking().Where(b => b.Account == account && b.Repo == repo).OrderByDescending(b => b.Id).FirstOrDefaultAsync(cancellationToken);
        if (known is null)
        {
            return TypedResults.NotFound(new ProblemMessage($"no push or pull request of {acctRepo} was seen yet, so where to clone it from is not known"));
        }

        try
        {
            var (branch, hash) = await TargetAsync(db, workspaces, known, body.Branch, body.Hash, cancellationToken);
            var build = await queue.SubmitAsync(new BuildRequest(account, repo, known.CloneUrl, known.Source, branch, branch, hash, SignaledBy.Requested, new Changeset(branch, [], []))
            {
                Force = body.Force,
                DefaultBranch = known.DefaultBranch,
                RequestedBy = http.User.Identity?.Name ?? "someone with a token",
            }, cancellationToken);
            var view = await StatusOfAsync(db, build, cancellationToken);
            return build.Status == BuildStatus.Queued ? TypedResults.Accepted(view.BuildSum.Page, view) : TypedResults.Ok(view);
        }
        catch (BuildRefusedException error)
        {
            return TypedResults.BadRequest(new ProblemMessage(error.Message));
        }
        catch (WorkspaceException error)
        {
            return TypedResults.BadRequest(new ProblemMessage($"{acctRepo} could not be read: {error.Message}"));
        }
    }

    private static async Task<(string Branch, string Hash)> TargetAsync(CiDb db, IWorkspaces workspaces, CiBuild known, string? branch, string? hash, CancellationToken cancellationToken)
    {
        if (hash is { Length: > 0 })
        {
            var seen = await BuildLookup.ByHash(db, hash).Where(b => b.Account == known.Account && b.Repo == known.Repo).FirstOrDefaultAsync(cancellationToken);
            string full = seen?.Hash ?? (FullHash().IsMatch(hash) ? hash.ToLowerInvariant() : throw new BuildRefusedException($"no build of a commit starting with {hash}: give the whole commit id"));
            return (branch is { Length: > 0 } ? branch : seen?.Branch ?? known.Branch, full);
        }

        var head = await workspaces.BranchHeadAsync(known.CloneUrl, branch is { Length: > 0 } ? branch : null, null, cancellationToken)
            ?? throw new BuildRefusedException($"{known.AcctRepo} has no branch {branch}");
        return (head.Branch, head.Commit);
    }

    private static async Task<Results<Ok<KillView>, Accepted<KillView>, NotFound<ProblemMessage>>> KillAsync(string hash, CiDb db, IRunLogs logs, TimeProvider time, CancellationToken cancellationToken)
    {
        var active = await BuildLookup.ByHash(db, hash).Where(b => b.Status == BuildStatus.Queued || b.Status == BuildStatus.Running).ToListAsync(cancellationToken);
        if (active.Count == 0)
        {
            return TypedResults.NotFound(new ProblemMessage($"No active build was found for {hash}"));
        }

        var now = time.GetUtcNow();
        bool running = false;
        foreach (var build in active)
        {
            int killedQueued = await db.Builds.Where(b => b.Id == build.Id && b.Status == BuildStatus.Queued).ExecuteUpdateAsync(set => set
                .SetProperty(b => b.Status, BuildStatus.Failed)
                .SetProperty(b => b.KillRequested, true)
                .SetProperty(b => b.Reason, "killed before it started")
                .SetProperty(b => b.FinishedAt, now), cancellationToken);
            if (killedQueued == 1)
            {
                db.Stages.Add(new CiStage { Id = Guid.NewGuid(), BuildId = build.Id, Index = 1, Stage = "setup", Status = CiStage.Fail, Error = "killed before it started", Messages = ["failed to complete setup stage ✗"], StartTime = now });
                await db.SaveChangesAsync(cancellationToken);
                await logs.CompleteAsync(CiPlugin.Log(build.Id), cancellationToken);
                continue;
            }

            running |= await db.Builds.Where(b => b.Id == build.Id && b.Status == BuildStatus.Running)
                .ExecuteUpdateAsync(set => set.SetProperty(b => b.KillRequested, true), cancellationToken) == 1;
        }

        var view = new KillView([.. active.Select(b => b.Id)], $"Successfully killed build for {hash} ✓");
        return running ? TypedResults.Accepted($"/plugins/{CiPlugin.Id}/v1/status?hash={hash}", view) : TypedResults.Ok(view);
    }

    private static Task Problem(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new ProblemMessage(message));
    }

    private static string Strip(string text) => AnsiCodes().Replace(text, "");

    [GeneratedRegex(@"\x1B(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")]
    private static partial Regex AnsiCodes();

    [GeneratedRegex("^[0-9a-fA-F]{40}([0-9a-fA-F]{24})?$")]
    private static partial Regex FullHash();
}
