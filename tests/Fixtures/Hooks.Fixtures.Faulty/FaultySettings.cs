namespace Hooks.Fixtures.Faulty;

/// <summary>
/// Where the plugin fails. Static, because a migration is created by EF Core without the plugin's services; the tests
/// that use this plugin run one at a time.
/// </summary>
public static class FaultySettings
{
    public static string FailIn { get; set; } = "";
}
