using static Hooks.Gateway.Inbox.SqlParameters;

namespace Hooks.Gateway.Inbox;

/// <summary>
/// Which plugins the worker processes have loaded: a dispatcher fans out to plugins loaded anywhere, so a plugin
/// disabled on one worker (or not yet deployed there, in a rolling upgrade) still gets every delivery.
/// </summary>
public abstract partial class SqlInboxStore
{
    public async Task RegisterPluginsAsync(IReadOnlyList<RegisteredPlugin> plugins, CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        foreach (var plugin in plugins)
        {
            await using var command = DataSource.CreateCommand(
                "INSERT INTO hooks_plugins (id, handles, seen_at) VALUES (@id, @handles, @now) "
                + "ON CONFLICT (id) DO UPDATE SET handles = excluded.handles, seen_at = excluded.seen_at");
            Add(command, "id", plugin.Id);
            Add(command, "handles", string.Join(",", plugin.Handles));
            Add(command, "now", Now);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<RegisteredPlugin>> RegisteredPluginsAsync(DateTimeOffset seenSince, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand("SELECT id, handles FROM hooks_plugins WHERE seen_at >= @since ORDER BY id");
        Add(command, "since", seenSince);
        var list = new List<RegisteredPlugin>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new RegisteredPlugin(reader.GetString(0), reader.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries)));
        }

        return list;
    }
}
