using System.Net;

namespace Hooks.Plugins.Dashboard.Pages;

/// <summary>Escaping for the pages.</summary>
public static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A chip's text: pytest's <c>E</c> prefixes dropped, whitespace folded, cut at <paramref name="limit"/> characters.</summary>
    public static string Chip(string text, int limit = 40)
    {
        string folded = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(word => word != "E"));
        return folded.Length <= limit ? folded : folded[..(limit - 1)] + "…";
    }
}
