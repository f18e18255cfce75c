namespace Hooks.Contracts.Forges;

/// <summary>A commit's state, mapped to each forge's own words (GitLab <c>failed</c>, Bitbucket <c>INPROGRESS</c>, ...).</summary>
public enum CommitState
{
    /// <summary>Waiting to start.</summary>
    Pending,

    /// <summary>Running now (pending where the forge has no running state).</summary>
    Running,

    /// <summary>Finished and passed.</summary>
    Success,

    /// <summary>Finished and failed.</summary>
    Failure,

    /// <summary>Could not run (GitHub and Gitea <c>error</c>, GitLab <c>canceled</c>, Bitbucket <c>STOPPED</c>).</summary>
    Error,
}
