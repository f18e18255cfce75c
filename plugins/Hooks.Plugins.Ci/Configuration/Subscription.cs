namespace Hooks.Plugins.Ci.Configuration;

/// <summary>
/// A downstream repository's <c>subscriptions</c> entry: when <see cref="AcctRepo"/>'s build of an upstream branch passes,
/// the mapped branch here is built.
/// </summary>
/// <param name="Alias">Prefixes the upstream's variables (<c>ALIAS_GIT_HASH</c>, ...); matches <c>^[a-zA-Z_]+$</c>.</param>
/// <param name="AcctRepo">The upstream repository, <c>account/repo</c>.</param>
/// <param name="Branches">Upstream branch to downstream branch.</param>
public sealed record Subscription(string Alias, string AcctRepo, IReadOnlyDictionary<string, string> Branches);
