namespace Hooks.Gateway.Plugins;

public enum PluginState
{
    Loaded,
    Disabled,
    Broken,
}
