namespace Hooks.Plugins.BuildControl.Platforms;

/// <summary>
/// A platform repository; <c>priority</c> defaults to 10, <c>mock_enabled</c> to true; <c>production</c> (releases go into
/// it) and <c>debug</c> (it takes debug packages) to false.
/// </summary>
public sealed record RepositoryRequest(string? Name, string? Arch, string? Url, string? Type, int? Priority, bool? MockEnabled, bool? Production = null, bool? Debug = null);
