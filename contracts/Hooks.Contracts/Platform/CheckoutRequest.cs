namespace Hooks.Contracts.Platform;

/// <summary>What to check out.</summary>
/// <param name="CloneUrl">Any URL git clones from: <c>https://</c>, <c>ssh://</c> or <c>user@host:path</c>,
/// <c>file://</c>. It must not carry a password: give <paramref name="Credentials"/> instead.</param>
/// <param name="Commit">The full commit id (40 or 64 hex digits): exactly this commit is checked out, wherever the
/// branches point by now.</param>
/// <param name="Credentials">For an https repository that needs them; they reach git only through
/// <c>GIT_ASKPASS</c>, never in a URL, an argument or a log line. Submodules are fetched with the same credentials.</param>
public sealed record CheckoutRequest(string CloneUrl, string Commit, GitCredentials? Credentials = null)
{
    /// <summary>Whether submodules are checked out too, recursively, at the commits the checkout records (default true).</summary>
    public bool Submodules { get; init; } = true;

    /// <summary>A run log that git's output goes to (fetches and checkouts), or none.</summary>
    public RunLogId? Log { get; init; }
}
