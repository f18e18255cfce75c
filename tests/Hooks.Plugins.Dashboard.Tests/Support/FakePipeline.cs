namespace Hooks.Plugins.Dashboard.Tests.Support;

/// <summary>A pipeline in the fake GitLab.</summary>
public sealed record FakePipeline(long Id, string Status, string User, string Source, DateTimeOffset CreatedAt, IReadOnlyList<FakeJob> Jobs, string Ref = "main");
