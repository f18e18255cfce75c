using System.Text.RegularExpressions;

namespace Hooks.Plugins.BuildControl.Triggers;

/// <summary>A repository pattern such as <c>rpms/*</c>: <c>*</c> stands for any characters, case does not matter.</summary>
public static class RepositoryPattern
{
    public static bool Matches(string pattern, string fullName) =>
        Regex.IsMatch(fullName, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
