namespace Hooks.Gateway.Auth;

/// <summary>Where API tokens are kept: their names, scopes, times and the SHA-256 of their values.</summary>
public interface ITokenStore
{
    /// <summary>False when a token of that name exists already.</summary>
    Task<bool> CreateTokenAsync(ApiToken token, string hash, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiToken>> ListTokensAsync(CancellationToken cancellationToken);

    Task<ApiToken?> FindTokenAsync(string hash, CancellationToken cancellationToken);

    Task<bool> DeleteTokenAsync(Guid id, CancellationToken cancellationToken);

    Task TouchTokenAsync(Guid id, DateTimeOffset usedAt, CancellationToken cancellationToken);
}
