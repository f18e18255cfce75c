namespace Hooks.Plugins.Dashboard.Tests.Support;

/// <summary>A job in the fake GitLab; <see cref="Log"/> null means GitLab has no log for it (404).</summary>
public sealed record FakeJob(long Id, string Name, string Status, string? Log, bool AllowFailure = false, string Stage = "test");
