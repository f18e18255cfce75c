namespace Hooks.Gateway.Forges;

/// <summary>How a forge pages a list.</summary>
public enum PageStyle
{
    /// <summary>A JSON array per page; the next page in the <c>Link</c> header (GitHub, Gitea).</summary>
    LinkHeader,

    /// <summary>A JSON array per page; <c>Link</c>, else <c>X-Next-Page</c> (GitLab drops <c>X-Total-Pages</c> past 10,000 records).</summary>
    GitLab,

    /// <summary><c>{"values": [...], "next": "url"}</c> (Bitbucket Cloud).</summary>
    BitbucketCloud,

    /// <summary><c>{"values": [...], "isLastPage": false, "nextPageStart": n}</c> (Bitbucket Server).</summary>
    BitbucketServer,
}
