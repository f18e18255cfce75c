namespace Hooks.Gateway.Tests.Normalisation;

/// <summary>
/// One row of <c>expected-events.tsv</c>: what a correct normaliser makes of a fixture, read straight from its JSON
/// (not from our code). <c>-</c> means the payload lacks the value, <c>[]</c> an empty list, <c>""</c> an empty string.
/// </summary>
public sealed record ExpectedEvent(string Folder, string File, string Kind, int Count, IReadOnlyDictionary<string, string> Fields)
{
    private static readonly string[] Columns =
        ["forge", "file", "kind", "events", "repo_full_name", "repo_web_url", "sender_login", "details", "repo_id", "repo_clone_url", "repo_default_branch", "sender_display_name"];

    public static IReadOnlyList<ExpectedEvent> All { get; } = Load();

    public static ExpectedEvent For(string folder, string file) => All.Single(e => e.Folder == folder && e.File == file);

    private static List<ExpectedEvent> Load()
    {
        var rows = new List<ExpectedEvent>();
        string path = Path.Combine(AppContext.BaseDirectory, "Normalisation", "expected-events.tsv");
        foreach (string line in System.IO.File.ReadLines(path).Skip(1))
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

            rows.Add(new ExpectedEvent(cells[0], cells[1], cells[2], int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture), fields));
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
