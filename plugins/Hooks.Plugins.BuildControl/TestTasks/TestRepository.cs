namespace Hooks.Plugins.BuildControl.TestTasks;

/// <summary>A repository the test system installs the package from (<c>{name, baseurl}</c>).</summary>
public sealed record TestRepository(string Name, string Baseurl);
