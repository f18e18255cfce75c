using System.Globalization;

namespace Hooks.Gateway.Tests.Normalisation;

/// <summary>
/// An expectation table (tab-separated): forge, file, kind, number of events, the repository and sender columns, and
/// the kind's own fields as <c>key=value</c> pairs joined by <c>;</c> (escaped <c>\;</c>, <c>\t</c>, <c>\n</c>).
/// </summary>
public sealed class ExpectedEvents
{
    private static readonly string[] Columns =
        ["forge", "file", "kind", "events", "repo_full_name", "repo_web_url", "sender_login", "details", "repo_id", "repo_clone_url", "repo_default_branch", "sender_display_name"];

    private ExpectedEvents(string file) => All = Load(file);

    /// <summary>The project's own corpus: every field <see cref="EventFields"/> reads, for every file.</summary>
    public static ExpectedEvents Own { get; } = new("expected-own-events.tsv");

    /// <summary>The published corpus beside the repository: the fields its sources make certain.</summary>
    public static ExpectedEvents Published { get; } = new("expected-published-events.tsv");

    public IReadOnlyList<ExpectedEvent> All { get; }

    public ExpectedEvent For(string folder, string file) => All.Single(e => e.Folder == folder && e.File == file);

    private static List<ExpectedEvent> Load(string file)
    {
        var rows = new List<ExpectedEvent>();
        foreach (string line in System.IO.File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Normalisation", file)).Skip(1))
        {
            string[] cells = line.Split('\t');
            var fields = new Dictionary<string, string>();
            for (int i = 4; i < Columns.Length; i++)
            {
                if (i != 7)
                {
                    fields[Columns[i]] = cells[i];
                }
            }

            foreach (string pair in SplitDetails(cells[7]))
            {
                int equals = pair.IndexOf('=', StringComparison.Ordinal);
                fields[pair[..equals]] = Unescape(pair[(equals + 1)..]);
            }

            rows.Add(new ExpectedEvent(cells[0], cells[1], cells[2], int.Parse(cells[3], CultureInfo.InvariantCulture), fields));
        }

        return rows;
    }

    private static IEnumerable<string> SplitDetails(string details)
    {
        int start = 0;
        for (int i = 0; i < details.Length; i++)
        {
            if (details[i] == '\\')
            {
                i++;
            }
            else if (details[i] == ';')
            {
                yield return details[start..i];
                start = i + 1;
            }
        }

        if (start < details.Length)
        {
            yield return details[start..];
        }
    }

    private static string Unescape(string value) =>
        value.Replace("\\;", ";", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);
}
