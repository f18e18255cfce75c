namespace Hooks.Plugins.Badges.Tests.Support;

public sealed record FakeLabel(string Name, string Color);
