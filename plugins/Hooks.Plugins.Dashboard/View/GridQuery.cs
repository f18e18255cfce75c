using Microsoft.AspNetCore.Http;

namespace Hooks.Plugins.Dashboard.View;

/// <summary>
/// The page's filters, read from (and written to) the URL so a view can be shared: <c>projects</c> (comma-separated
/// paths), <c>search</c> (job names and error text), <c>jobs</c> (which job statuses: <c>failed</c>, <c>allowed</c> —
/// failed but allowed to fail —, <c>passed</c>, <c>other</c>; default <c>failed</c>), <c>show</c> (which columns:
/// <c>names</c>, <c>errors</c>, <c>deps</c>, <c>runner</c>; default <c>names,errors</c>), and the open job's <c>job</c>.
/// </summary>
public sealed record GridQuery(
    IReadOnlySet<string> Projects,
    string? Search,
    IReadOnlySet<string> Jobs,
    IReadOnlySet<string> Show,
    long? Job)
{
    public static readonly string[] JobGroups = ["failed", "allowed", "passed", "other"];

    public static readonly string[] Columns = ["names", "errors", "deps", "runner"];

    public static GridQuery Default { get; } = new(new HashSet<string>(), null, new HashSet<string> { "failed" }, new HashSet<string> { "names", "errors" }, null);

    public static GridQuery From(IQueryCollection query)
    {
        string? search = query["search"].ToString().Trim();
        return new GridQuery(
            List(query["projects"], null) ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            string.IsNullOrEmpty(search) ? null : search,
            List(query["jobs"], JobGroups) ?? Default.Jobs,
            List(query["show"], Columns) ?? Default.Show,
            long.TryParse(query["job"], out long job) ? job : null);
    }

    public bool Shows(string column) => Show.Contains(column);

    /// <summary>The query string of these filters, defaults left out.</summary>
    public string ToQueryString(long? job = null)
    {
        var parts = new List<string>();
        if (Projects.Count > 0)
        {
            parts.Add("projects=" + Uri.EscapeDataString(string.Join(',', Projects.Order(StringComparer.Ordinal))));
        }

        if (Search is not null)
        {
            parts.Add("search=" + Uri.EscapeDataString(Search));
        }

        if (!Jobs.SetEquals(Default.Jobs))
        {
            parts.Add("jobs=" + string.Join(',', JobGroups.Where(Jobs.Contains)));
        }

        if (!Show.SetEquals(Default.Show))
        {
            parts.Add("show=" + string.Join(',', Columns.Where(Show.Contains)));
        }

        if ((job ?? Job) is { } open)
        {
            parts.Add("job=" + open);
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static HashSet<string>? List(Microsoft.Extensions.Primitives.StringValues values, string[]? allowed)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var items = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(v => allowed is null || allowed.Contains(v, StringComparer.Ordinal));
        return new HashSet<string>(items, StringComparer.OrdinalIgnoreCase);
    }
}
