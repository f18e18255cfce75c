namespace Hooks.Plugins.Dashboard.Pages;

/// <summary>A job's status as an icon (never a cell colour): failed ✕, allowed to fail !, passed ✓, anything else ●.</summary>
public static class StatusIcon
{
    public static string Of(string group) => group switch
    {
        "failed" => "✕",
        "allowed" => "!",
        "passed" => "✓",
        _ => "●",
    };
}
