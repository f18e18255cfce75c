using System.Text.RegularExpressions;

namespace Hooks.Plugins.Dashboard.Patterns;

/// <summary>One pattern of the file: compiled with "." matching newlines and its own match timeout.</summary>
/// <param name="Name">Its name in the file.</param>
/// <param name="Kind">Normal, backup or ignore.</param>
/// <param name="Regex">The compiled expression; the first capture group is what people read.</param>
/// <param name="Line">Its line in the file, for reports.</param>
public sealed record ErrorPattern(string Name, PatternKind Kind, Regex Regex, int Line);
