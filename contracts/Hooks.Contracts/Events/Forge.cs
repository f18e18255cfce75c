namespace Hooks.Contracts.Events;

/// <summary>The forge dialect a source speaks.</summary>
public enum Forge
{
    /// <summary>GitHub.com or GitHub Enterprise Server.</summary>
    GitHub,

    /// <summary>GitLab.com or a self-managed GitLab.</summary>
    GitLab,

    /// <summary>Gitea, and Forgejo, which speaks the same dialect.</summary>
    Gitea,

    /// <summary>Bitbucket Cloud (bitbucket.org).</summary>
    BitbucketCloud,

    /// <summary>Bitbucket Server and Data Center.</summary>
    BitbucketServer,
}
