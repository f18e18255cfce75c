using System.Text.RegularExpressions;

namespace Hooks.Plugins.Ci.Configuration;

/// <summary>Ocelot's branch lists: each entry an anchored regular expression (<c>^entry$</c>); <c>ALL</c> matches every branch.</summary>
public static class BranchPattern
{
    public const string All = "ALL";

    private static readonly TimeSpan MatchLimit = TimeSpan.FromSeconds(1);

    /// <summary>Whether <paramref name="branch"/> matches an entry, tried in order (a broken entry after a match is never read).</summary>
    /// <exception cref="ArgumentException">An entry reached before any match is not a regular expression (the message says which).</exception>
    public static bool Matches(IEnumerable<string> entries, string branch)
    {
        foreach (string entry in entries)
        {
            if (Matches(entry, branch))
            {
                return true;
            }
        }

        return false;
    }

    /// <exception cref="ArgumentException">The entry is not a regular expression.</exception>
    public static bool Matches(string entry, string branch)
    {
        if (entry == All)
        {
            return true;
        }

        try
        {
            return Regex.IsMatch(branch, "^" + entry + "$", RegexOptions.CultureInvariant, MatchLimit);
        }
        catch (ArgumentException error)
        {
            throw new ArgumentException($"unable to parse acceptable branch item ({entry}) into regex expression. error is: {error.Message}", error);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
