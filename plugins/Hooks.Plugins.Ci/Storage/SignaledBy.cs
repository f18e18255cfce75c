namespace Hooks.Plugins.Ci.Storage;

/// <summary>What started a build.</summary>
public enum SignaledBy
{
    Push,
    PullRequest,

    /// <summary>Someone asked, over <c>POST v1/build</c>.</summary>
    Requested,

    /// <summary>An upstream repository's build passed and this repository subscribes to it.</summary>
    Subscribed,
}
