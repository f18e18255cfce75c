using System.Globalization;
using System.Text;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Configuration;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.Nodes;

/// <summary>
/// Hands the oldest available task to a node in one statement, so nodes asking at once never get the same task: an
/// UPDATE of the row a sub-select picks, which on PostgreSQL locks its pick and skips rows other nodes are taking
/// (<c>FOR UPDATE SKIP LOCKED</c>); SQLite runs one writing statement at a time. Available means: no prerequisite left,
/// IDLE or STARTED with its lease run out, an architecture the node builds, and a ref URL containing none of the node's
/// excluded names.
/// </summary>
public sealed class TaskHandOut(BuildControlDb db, TimeProvider clock, IOptions<BuildControlOptions> options)
{
    public async Task<int?> TakeAsync(Caller node, IReadOnlyList<string> arches, IReadOnlyList<string> excluded, CancellationToken cancellationToken)
    {
        if (arches.Count == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var parameters = new List<object>
        {
            BuildControlDb.TimeConverter.ConvertToProvider(now)!,
            node.Id,
            node.Name,
            BuildControlDb.TimeConverter.ConvertToProvider(now - options.Value.Lease)!,
        };
        var sql = new StringBuilder()
            .Append("UPDATE tasks SET \"Status\" = 1, \"Ts\" = {0}, \"Node\" = {1}, \"NodeName\" = {2}, \"StartedAt\" = {0} WHERE \"Id\" = (")
            .Append("SELECT t.\"Id\" FROM tasks t WHERE t.\"Status\" < 2 AND (t.\"Ts\" IS NULL OR t.\"Ts\" < {3})")
            .Append(" AND NOT EXISTS (SELECT 1 FROM dependencies d WHERE d.\"TaskId\" = t.\"Id\")")
            .Append(" AND t.\"Arch\" IN (").AppendJoin(", ", arches.Select(arch => Parameter(parameters, arch))).Append(')');
        foreach (string name in excluded.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            sql.Append(" AND lower(t.\"RefUrl\") NOT LIKE ").Append(Parameter(parameters, "%" + EscapeLike(name.Trim().ToLowerInvariant()) + "%")).Append(" ESCAPE '\\'");
        }

        sql.Append(" ORDER BY t.\"Id\" LIMIT 1").Append(db.IsPostgres ? " FOR UPDATE SKIP LOCKED" : "").Append(") RETURNING \"Id\" AS \"Value\"");
        await foreach (int id in db.Database.SqlQueryRaw<int>(sql.ToString(), [.. parameters]).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            return id;
        }

        return null;
    }

    private static string Parameter(List<object> parameters, object value)
    {
        parameters.Add(value);
        return "{" + (parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
