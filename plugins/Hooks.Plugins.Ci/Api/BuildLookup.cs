using Hooks.Plugins.Ci.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.Ci.Api;

/// <summary>Finds builds as Ocelot's API did: by number, by a prefix of the commit (newest first), by repository.</summary>
public static class BuildLookup
{
    public static IQueryable<CiBuild> ByHash(CiDb db, string prefix)
    {
        string lower = prefix.Trim().ToLowerInvariant();
        return db.Builds.AsNoTracking().Where(b => b.Hash.StartsWith(lower)).OrderByDescending(b => b.Id);
    }

    /// <summary>
    /// The build that <c>v1/status</c> or <c>v1/logs</c> asks for, or why not (<c>Missing</c>: nothing was asked; a
    /// message: not found, or a partial name matching several repositories).
    /// </summary>
    public static async Task<(CiBuild? Build, string? Problem, bool NotFound)> FindAsync(
        CiDb db, long? buildId, string? hash, string? acctName, string? repoName, string? partialRepo, CancellationToken cancellationToken)
    {
        if (buildId is { } id)
        {
            return Found(await db.Builds.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken), $"no build {id}");
        }

        if (hash is { Length: > 0 })
        {
            return Found(await ByHash(db, hash).FirstOrDefaultAsync(cancellationToken), $"no build of a commit starting with {hash}");
        }

        if (acctName is { Length: > 0 } && repoName is { Length: > 0 })
        {
            return Found(
                await db.Builds.AsNoTracking().Where(b => b.Account == acctName && b.Repo == repoName).OrderByDescending(b => b.Id).FirstOrDefaultAsync(cancellationToken),
                $"no build of {acctName}/{repoName}");
        }

        if (partialRepo is { Length: > 0 })
        {
            var repos = await db.Builds.AsNoTracking().Where(b => b.Repo.StartsWith(partialRepo)).Select(b => new { b.Account, b.Repo }).Distinct().ToListAsync(cancellationToken);
            if (repos.Count > 1)
            {
                return (null, $"there are {repos.Count} repositories starting with {partialRepo}: {string.Join(",", repos.Select(r => r.Account + "/" + r.Repo))}", false);
            }

            return Found(
                await db.Builds.AsNoTracking().Where(b => b.Repo.StartsWith(partialRepo)).OrderByDescending(b => b.Id).FirstOrDefaultAsync(cancellationToken),
                $"no repository starting with {partialRepo}");
        }

        return (null, "either buildId, hash, acctName and repoName, or partialRepo is required", false);
    }

    private static (CiBuild?, string?, bool) Found(CiBuild? build, string otherwise) => build is null ? (null, otherwise, true) : (build, null, false);
}
