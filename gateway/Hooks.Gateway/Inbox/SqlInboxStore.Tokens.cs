using System.Data.Common;
using Hooks.Gateway.Auth;
using static Hooks.Gateway.Inbox.SqlParameters;

namespace Hooks.Gateway.Inbox;

/// <summary>API tokens, in the gateway's store beside the deliveries, so every instance knows every token.</summary>
public abstract partial class SqlInboxStore : ITokenStore
{
    private const string TokenColumns = "id, name, scopes, created_at, last_used_at";

    public async Task<bool> CreateTokenAsync(ApiToken token, string hash, CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var command = DataSource.CreateCommand(
            "INSERT INTO hooks_tokens (id, name, scopes, hash, created_at) VALUES (@id, @name, @scopes, @hash, @created) ON CONFLICT (name) DO NOTHING");
        Add(command, "id", token.Id);
        Add(command, "name", token.Name);
        Add(command, "scopes", string.Join(",", token.Scopes));
        Add(command, "hash", hash);
        Add(command, "created", token.CreatedAt);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<ApiToken>> ListTokensAsync(CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand($"SELECT {TokenColumns} FROM hooks_tokens ORDER BY name");
        return await ReadTokensAsync(command, cancellationToken);
    }

    public async Task<ApiToken?> FindTokenAsync(string hash, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand($"SELECT {TokenColumns} FROM hooks_tokens WHERE hash = @hash");
        Add(command, "hash", hash);
        var found = await ReadTokensAsync(command, cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<bool> DeleteTokenAsync(Guid id, CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var command = DataSource.CreateCommand("DELETE FROM hooks_tokens WHERE id = @id");
        Add(command, "id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task TouchTokenAsync(Guid id, DateTimeOffset usedAt, CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var command = DataSource.CreateCommand("UPDATE hooks_tokens SET last_used_at = @at WHERE id = @id");
        Add(command, "id", id);
        Add(command, "at", usedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<ApiToken>> ReadTokensAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var list = new List<ApiToken>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new ApiToken(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return list;
    }
}
