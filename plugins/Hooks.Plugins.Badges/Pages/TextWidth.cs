namespace Hooks.Plugins.Badges.Pages;

/// <summary>An estimate of text width in Verdana 11px (the badge font), close enough to size badge segments.</summary>
public static class TextWidth
{
    public static double Of(string text) => text.Sum(Width);

    private static double Width(char c) => c switch
    {
        'i' or 'l' or 'j' or 'I' or '!' or '.' or ',' or ':' or ';' or '|' or '\'' => 3.8,
        ' ' => 3.9,
        'f' or 't' or 'r' or '(' or ')' or '-' or '/' => 4.8,
        'm' or 'w' => 9.9,
        'M' or 'W' => 10.5,
        >= 'A' and <= 'Z' => 7.6,
        >= '0' and <= '9' => 7.0,
        >= 'a' and <= 'z' => 6.6,
        _ => 7.5,
    };
}
