namespace Hooks.Gateway.Plugins;

/// <summary><c>Hooks:Plugins</c>: where plugin folders are; each plugin's own section is <c>Hooks:Plugins:&lt;id&gt;</c>.</summary>
public sealed class PluginOptions
{
    /// <summary>Default: <c>plugins/</c> beside the gateway's binary.</summary>
    public string? Directory { get; set; }

    public string ResolveDirectory() => Path.GetFullPath(Directory ?? Path.Combine(AppContext.BaseDirectory, "plugins"), AppContext.BaseDirectory);
}
