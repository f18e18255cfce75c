using Hooks.Plugins.Ci.Storage;

namespace Hooks.Plugins.Ci.Api;

/// <summary>A push or pull request that built nothing, and why (<c>GET v1/ignored</c>, an extension of Ocelot's API).</summary>
public sealed record IgnoredView(string Account, string Repo, string Branch, string Hash, string SignaledBy, string Reason, DateTimeOffset At)
{
    public static IgnoredView Of(IgnoredPush ignored) =>
        new(ignored.Account, ignored.Repo, ignored.Branch, ignored.Hash, Names.Of(ignored.SignaledBy), ignored.Reason, ignored.At);
}
