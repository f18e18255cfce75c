namespace Hooks.Plugins.BuildControl.Platforms;

public sealed record RepositoryView(int Id, string Name, string Arch, string Url, string Type, int Priority, bool MockEnabled, bool Production, bool Debug);
