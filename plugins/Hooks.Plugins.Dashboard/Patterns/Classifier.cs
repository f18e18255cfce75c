using System.Text.RegularExpressions;

namespace Hooks.Plugins.Dashboard.Patterns;

/// <summary>
/// Classifies a job's log as the original did: ANSI codes removed, every normal then backup pattern over the whole log,
/// every match kept (the first capture group, or the whole match for a pattern without one), a match dropped when an
/// ignore pattern finds its text, duplicates of the same kind and text kept once. A pattern that runs past its timeout
/// stops for this log and is reported; the others still classify it.
/// </summary>
public static class Classifier
{
    public static Classification Classify(string log, PatternSet patterns)
    {
        string clean = AnsiCodes.Remove(log);
        var problems = new List<string>();
        var ignores = patterns.OfKind(PatternKind.Ignore).ToList();
        var errors = new List<FoundError>();
        var seen = new HashSet<(PatternKind, string)>();
        foreach (var pattern in patterns.OfKind(PatternKind.Normal).Concat(patterns.OfKind(PatternKind.Backup)))
        {
            try
            {
                for (var match = pattern.Regex.Match(clean); match.Success; match = match.NextMatch())
                {
                    string text = match.Groups.Count > 1 ? match.Groups[1].Value : match.Value;
                    if (!Ignored(text, ignores, problems) && seen.Add((pattern.Kind, text)))
                    {
                        errors.Add(new FoundError(pattern.Name, pattern.Kind, text));
                    }
                }
            }
            catch (RegexMatchTimeoutException exception)
            {
                problems.Add(TimedOut(pattern, exception));
            }
        }

        return new Classification(errors, Dependencies.Find(clean), problems);
    }

    /// <summary>The errors people see for a job: its normal ones, or its backup ones when it has no normal one.</summary>
    public static IReadOnlyList<FoundError> Shown(IReadOnlyList<FoundError> errors) =>
        errors.Any(e => e.Kind == PatternKind.Normal) ? [.. errors.Where(e => e.Kind == PatternKind.Normal)] : [.. errors.Where(e => e.Kind == PatternKind.Backup)];

    private static bool Ignored(string text, List<ErrorPattern> ignores, List<string> problems)
    {
        foreach (var ignore in ignores)
        {
            try
            {
                if (ignore.Regex.IsMatch(text))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException exception)
            {
                string problem = TimedOut(ignore, exception);
                if (!problems.Contains(problem))
                {
                    problems.Add(problem);
                }
            }
        }

        return false;
    }

    private static string TimedOut(ErrorPattern pattern, RegexMatchTimeoutException exception) =>
        $"pattern '{pattern.Name}' (line {pattern.Line}) timed out after {exception.MatchTimeout.TotalMilliseconds:0} ms and was stopped for this log";
}
