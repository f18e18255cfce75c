namespace Hooks.Gateway.Forges;

/// <summary>The body of a Bitbucket build status, Cloud's and Server's alike: <c>key</c> is the build's identity, <c>url</c> is required.</summary>
public sealed record BitbucketStatus(string State, string Key, string Name, string Url, string? Description);
