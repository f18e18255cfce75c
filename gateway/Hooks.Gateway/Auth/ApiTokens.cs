using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Hooks.Gateway.Auth;

/// <summary>
/// Issues API tokens (<c>hks_</c> and 32 random bytes, shown once), keeps only their SHA-256, and recognises them:
/// a token found is remembered for 30 seconds (a token revoked on another instance stops working within that time, on this
/// one at once), and the last-used time is written at most once a minute per token.
/// </summary>
public sealed class ApiTokens(ITokenStore store, TimeProvider time)
{
    public const string Prefix = "hks_";

    private static readonly TimeSpan Remember = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (ApiToken Token, DateTimeOffset At)> _known = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _touched = new();

    /// <summary>The stored token and its value; null when the name is taken.</summary>
    public async Task<(ApiToken Token, string Value)?> CreateAsync(string name, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        string value = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new ApiToken(Guid.NewGuid(), name, scopes, time.GetUtcNow(), null);
        return await store.CreateTokenAsync(token, Hash(value), cancellationToken) ? (token, value) : null;
    }

    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        bool deleted = await store.DeleteTokenAsync(id, cancellationToken);
        foreach (var (hash, known) in _known)
        {
            if (known.Token.Id == id)
            {
                _known.TryRemove(hash, out _);
            }
        }

        return deleted;
    }

    /// <summary>The token a presented value belongs to, or null.</summary>
    public async Task<ApiToken?> RecogniseAsync(string presented, CancellationToken cancellationToken)
    {
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        string hash = Hash(presented);
        var now = time.GetUtcNow();
        if (!_known.TryGetValue(hash, out var known) || now - known.At > Remember)
        {
            if (await store.FindTokenAsync(hash, cancellationToken) is not { } found)
            {
                _known.TryRemove(hash, out _); // only real tokens are remembered: made-up ones must not fill the memory
                return null;
            }

            known = (found, now);
            _known[hash] = known;
        }

        var token = known.Token;
        if (!_touched.TryGetValue(token.Id, out var touched) || now - touched > TouchEvery)
        {
            _touched[token.Id] = now;
            await store.TouchTokenAsync(token.Id, now, cancellationToken);
        }

        return token;
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
