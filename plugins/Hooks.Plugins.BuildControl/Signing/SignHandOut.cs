using System.Globalization;
using System.Text;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Configuration;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.Signing;

/// <summary>
/// Hands a sign node the oldest sign task of a key it holds, in one statement, with a lease of <c>SignLease</c>: IDLE, or
/// IN_PROGRESS with its lease run out (its node died). On PostgreSQL the pick is locked and rows others are taking are
/// skipped, so two sign nodes never get the same task. A task whose build has no built RPM is never picked, so it is
/// never left IN_PROGRESS with nothing to sign (the original's stuck task).
/// </summary>
public sealed class SignHandOut(BuildControlDb db, TimeProvider clock, IOptions<BuildControlOptions> options)
{
    public async Task<int?> TakeAsync(Caller node, IReadOnlyList<string> keyIds, CancellationToken cancellationToken)
    {
        if (keyIds.Count == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var parameters = new List<object>
        {
            BuildControlDb.TimeConverter.ConvertToProvider(now + options.Value.SignLease)!,
            node.Id,
            node.Name,
            BuildControlDb.TimeConverter.ConvertToProvider(now)!,
        };
        var sql = new StringBuilder()
            .Append("UPDATE sign_tasks SET \"Status\" = 2, \"LeaseUntil\" = {0}, \"Node\" = {1}, \"NodeName\" = {2}, \"StartedAt\" = {3} WHERE \"Id\" = (")
            .Append("SELECT s.\"Id\" FROM sign_tasks s JOIN sign_keys k ON k.\"Id\" = s.\"SignKeyId\"")
            .Append(" WHERE (s.\"Status\" = 1 OR (s.\"Status\" = 2 AND s.\"LeaseUntil\" < {3}))")
            .Append(" AND k.\"KeyId\" IN (").AppendJoin(", ", keyIds.Select(k => Parameter(parameters, k.ToUpperInvariant()))).Append(')')
            .Append(" AND EXISTS (SELECT 1 FROM artifacts a JOIN tasks t ON t.\"Id\" = a.\"TaskId\" WHERE t.\"BuildId\" = s.\"BuildId\" AND t.\"Status\" = 2 AND a.\"Type\" = 'rpm')")
            .Append(" ORDER BY s.\"Id\" LIMIT 1").Append(db.IsPostgres ? " FOR UPDATE OF s SKIP LOCKED" : "").Append(") RETURNING \"Id\" AS \"Value\"");
        await foreach (int id in db.Database.SqlQueryRaw<int>(sql.ToString(), [.. parameters]).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            return id;
        }

        return null;
    }

    /// <summary>The task with its key and the build's RPMs, each with the URL of the build repository it is in.</summary>
    public async Task<SignTaskPayload> PayloadAsync(int id, CancellationToken cancellationToken)
    {
        var task = await db.SignTasks.AsNoTracking().Include(t => t.SignKey).SingleAsync(t => t.Id == id, cancellationToken);
        var packages = await (from artifact in BuildPackages.Of(db, task.BuildId)
                              join buildTask in db.Tasks on artifact.TaskId equals buildTask.Id
                              orderby artifact.Id
                              select new { artifact, buildTask.Arch, Platform = buildTask.Platform!.Name }).ToListAsync(cancellationToken);
        return new SignTaskPayload(
            task.Id,
            task.BuildId,
            task.SignKey!.KeyId,
            false,
            [.. packages.Select(p => new SignPackage(p.artifact.Id, p.artifact.Name, p.Arch, "rpm", p.artifact.CasHash, DownloadUrl(p.artifact, p.Platform, p.Arch, task.BuildId)))]);
    }

    private string DownloadUrl(ArtifactRecord artifact, string platform, string arch, int buildId) =>
        options.Value.ArtifactBaseUrl is { Length: > 0 } baseUrl
            ? $"{baseUrl.TrimEnd('/')}/builds/{platform}-{arch}-{buildId}-br/Packages/{artifact.Name[..1].ToLowerInvariant()}/{artifact.Name}"
            : artifact.Href;

    private static string Parameter(List<object> parameters, object value)
    {
        parameters.Add(value);
        return "{" + (parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
    }
}
