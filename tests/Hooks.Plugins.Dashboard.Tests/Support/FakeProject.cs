namespace Hooks.Plugins.Dashboard.Tests.Support;

/// <summary>A project of the fake GitLab's group.</summary>
public sealed class FakeProject(long id, string path, bool archived = false)
{
    public long Id { get; } = id;

    public string Path { get; } = path;

    public bool Archived { get; } = archived;

    public string WebUrl => "https://gitlab.example.com/" + Path;

    public List<FakePipeline> Pipelines { get; } = [];

    public List<(long Iid, string Title, string Label)> Issues { get; } = [];
}
