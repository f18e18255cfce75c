using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Builds;

/// <summary>Builds with their tasks, platforms and artifacts, for views and pages.</summary>
public static class BuildQuery
{
    public static IQueryable<BuildRecord> Full(BuildControlDb db) => db.Builds.AsNoTracking()
        .Include(b => b.Tasks).ThenInclude(t => t.Platform)
        .Include(b => b.Tasks).ThenInclude(t => t.Artifacts)
        .AsSplitQuery();

    public static Task<BuildRecord?> FindAsync(BuildControlDb db, int id, CancellationToken cancellationToken) =>
        Full(db).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
}
