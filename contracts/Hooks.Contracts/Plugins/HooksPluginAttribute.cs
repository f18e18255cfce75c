namespace Hooks.Contracts.Plugins;

/// <summary>Declares an assembly as a Hooks plugin, once, with its identity.</summary>
/// <param name="id">Stable identifier: lower case letters, digits and dashes. Names the configuration section
/// <c>Hooks:Plugins:&lt;id&gt;</c>, the URL prefix <c>/plugins/&lt;id&gt;/</c> and the storage schema.</param>
/// <param name="name">A name for people.</param>
/// <param name="version">The plugin's own version.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class HooksPluginAttribute(string id, string name, string version) : Attribute
{
    /// <summary>Stable identifier of the plugin.</summary>
    public string Id { get; } = id;

    /// <summary>A name for people.</summary>
    public string Name { get; } = name;

    /// <summary>The plugin's own version.</summary>
    public string Version { get; } = version;

    /// <summary>The contracts major version the plugin was built against; the gateway refuses other majors.</summary>
    public int ContractsVersion { get; init; } = Plugins.ContractsVersion.Major;
}
