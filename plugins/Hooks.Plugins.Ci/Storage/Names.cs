using System.Text;

namespace Hooks.Plugins.Ci.Storage;

/// <summary>Ocelot's names of the enums (<c>FAILED_PRESTART</c>, <c>PULL_REQUEST</c>), both ways.</summary>
public static class Names
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        var upper = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                upper.Append('_');
            }

            upper.Append(char.ToUpperInvariant(name[i]));
        }

        return upper.ToString();
    }

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        return text is { Length: > 0 } && Enum.TryParse(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
