namespace Hooks.Gateway.Ops.Reference;

/// <summary>One configuration key: its name (<c>Hooks:Dispatch:LaneWorkers</c>), its default as text, what it means.</summary>
public sealed record SettingReference(string Key, string Default, string Meaning)
{
    /// <summary>The key as an environment variable (<c>Hooks__Dispatch__LaneWorkers</c>).</summary>
    public string EnvironmentName => Key.Replace(":", "__", StringComparison.Ordinal);
}
