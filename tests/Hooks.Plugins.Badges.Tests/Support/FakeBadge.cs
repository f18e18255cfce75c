namespace Hooks.Plugins.Badges.Tests.Support;

public sealed record FakeBadge(long Id, string? Name, string LinkUrl, string ImageUrl, string Kind = "project");
