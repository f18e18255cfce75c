using System.Globalization;

namespace Hooks.Gateway.RunLogs;

/// <summary>The current style of a line while its SGR (Select Graphic Rendition) codes are read, as CSS.</summary>
internal sealed class SgrStyle
{
    private string? _foreground;
    private string? _background;
    private bool _bold;
    private bool _dim;
    private bool _italic;
    private bool _underline;

    /// <summary>Applies the parameters of one <c>ESC [ ... m</c> (empty means reset).</summary>
    public void Apply(string parameters)
    {
        var codes = parameters.Split(';', ':').Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0).ToArray();
        for (int i = 0; i < codes.Length; i++)
        {
            int code = codes[i];
            switch (code)
            {
                case 0: Reset(); break;
                case 1: _bold = true; break;
                case 2: _dim = true; break;
                case 3: _italic = true; break;
                case 4: _underline = true; break;
                case 22: _bold = _dim = false; break;
                case 23: _italic = false; break;
                case 24: _underline = false; break;
                case >= 30 and <= 37: _foreground = AnsiText.Basic(code - 30); break;
                case >= 90 and <= 97: _foreground = AnsiText.Basic(code - 90 + 8); break;
                case 39: _foreground = null; break;
                case >= 40 and <= 47: _background = AnsiText.Basic(code - 40); break;
                case >= 100 and <= 107: _background = AnsiText.Basic(code - 100 + 8); break;
                case 49: _background = null; break;
                case 38 or 48:
                    string? colour = Extended(codes, ref i);
                    if (code == 38)
                    {
                        _foreground = colour;
                    }
                    else
                    {
                        _background = colour;
                    }

                    break;
                default: break;
            }
        }
    }

    public string Css()
    {
        var parts = new List<string>(6);
        if (_foreground is not null)
        {
            parts.Add("color:" + _foreground);
        }

        if (_background is not null)
        {
            parts.Add("background-color:" + _background);
        }

        if (_bold)
        {
            parts.Add("font-weight:bold");
        }

        if (_dim)
        {
            parts.Add("opacity:.7");
        }

        if (_italic)
        {
            parts.Add("font-style:italic");
        }

        if (_underline)
        {
            parts.Add("text-decoration:underline");
        }

        return string.Join(';', parts);
    }

    /// <summary><c>38;5;n</c> (256 colours) or <c>38;2;r;g;b</c> (24-bit), moving past the parameters it reads.</summary>
    private static string? Extended(int[] codes, ref int i)
    {
        if (i + 2 < codes.Length && codes[i + 1] == 5)
        {
            i += 2;
            return AnsiText.Colour256(codes[i]) is { Length: > 0 } colour ? colour : null;
        }

        if (i + 4 < codes.Length && codes[i + 1] == 2)
        {
            i += 4;
            return AnsiText.Rgb(codes[i - 2], codes[i - 1], codes[i]);
        }

        i = codes.Length;
        return null;
    }

    private void Reset()
    {
        _foreground = _background = null;
        _bold = _dim = _italic = _underline = false;
    }
}
