namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>A repository of a platform: handed to the nodes building that architecture.</summary>
public sealed class RepositoryRecord
{
    public int Id { get; set; }

    public int PlatformId { get; set; }

    public required string Name { get; set; }

    public required string Arch { get; set; }

    public required string Url { get; set; }

    public string Type { get; set; } = "rpm";

    public int Priority { get; set; } = 10;

    public bool MockEnabled { get; set; } = true;

    /// <summary>Releases put packages into it (a folder of its name under <c>ReleaseRoot</c>).</summary>
    public bool Production { get; set; }

    /// <summary>Holds debug packages (<c>-debuginfo</c>, <c>-debugsource</c>).</summary>
    public bool Debug { get; set; }
}
