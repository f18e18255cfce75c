using System.Text;

namespace Hooks.Plugins.Ci.Building;

/// <summary>Cuts a stream of bytes into lines, keeping a partial line (or a partial UTF-8 character) for the next chunk.</summary>
public sealed class LineSplitter
{
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private readonly StringBuilder _partial = new();

    public List<string> Add(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        int count = _decoder.GetChars(bytes, chars, flush: false);
        var lines = new List<string>();
        for (int i = 0; i < count; i++)
        {
            if (chars[i] == '\n')
            {
                lines.Add(_partial.ToString().TrimEnd('\r'));
                _partial.Clear();
            }
            else
            {
                _partial.Append(chars[i]);
            }
        }

        return lines;
    }

    /// <summary>What is left when the stream ends, if anything.</summary>
    public string? Rest() => _partial.Length > 0 ? _partial.ToString().TrimEnd('\r') : null;
}
