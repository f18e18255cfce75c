namespace Hooks.Plugins.BuildControl.Releases;

public sealed record ReleasePlatformView(int Id, string Name);
