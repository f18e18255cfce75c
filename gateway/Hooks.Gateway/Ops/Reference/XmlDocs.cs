using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Hooks.Gateway.Ops.Reference;

/// <summary>The summaries of an assembly's members, from the documentation file the build writes beside it.</summary>
public sealed partial class XmlDocs
{
    private readonly Dictionary<string, string> _summaries;

    private XmlDocs(Dictionary<string, string> summaries) => _summaries = summaries;

    public static XmlDocs For(Assembly assembly)
    {
        string file = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(file))
        {
            return new XmlDocs([]);
        }

        var summaries = XDocument.Load(file).Descendants("member")
            .Where(member => member.Element("summary") is not null)
            .ToDictionary(member => (string)member.Attribute("name")!, member => Text(member.Element("summary")!), StringComparer.Ordinal);
        return new XmlDocs(summaries);
    }

    public string Of(PropertyInfo property) =>
        _summaries.GetValueOrDefault($"P:{property.DeclaringType!.FullName}.{property.Name}") ?? "";

    private static string Text(XElement summary)
    {
        string text = string.Concat(summary.DescendantNodes().Select(node => node switch
        {
            XText plain => plain.Value,
            XElement { Name.LocalName: "see" or "seealso", IsEmpty: true } see => ((string?)see.Attribute("cref") ?? "").Split('.')[^1],
            _ => "",
        }));
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
