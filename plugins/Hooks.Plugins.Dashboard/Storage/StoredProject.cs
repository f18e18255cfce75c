namespace Hooks.Plugins.Dashboard.Storage;

/// <summary>A watched project: its path, page, and the open issues with the dashboard's label.</summary>
public sealed class StoredProject
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Source { get; set; }

    /// <summary>The project's full path (<c>group/project</c>).</summary>
    public required string Path { get; set; }

    /// <summary>The forge's id of the project, where known (API calls use it).</summary>
    public string? ForgeId { get; set; }

    public string? WebUrl { get; set; }

    /// <summary>The open issues with <c>IssueLabel</c>, as JSON (<see cref="LabelledIssue"/>); null until read.</summary>
    public string? Issues { get; set; }
}
