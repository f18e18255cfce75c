namespace Hooks.Contracts.Events;

/// <summary>What happened to an issue.</summary>
public enum IssueAction
{
    /// <summary>Any action not listed here; see <see cref="Issue.RawAction"/>.</summary>
    Other,

    /// <summary>Opened (created).</summary>
    Opened,

    /// <summary>Title, description, assignees or other fields changed (GitLab <c>update</c>).</summary>
    Updated,

    /// <summary>Closed.</summary>
    Closed,

    /// <summary>Reopened.</summary>
    Reopened,

    /// <summary>Labels added, removed or replaced.</summary>
    Labeled,
}
