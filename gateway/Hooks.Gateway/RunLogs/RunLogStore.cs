using System.Data.Common;
using System.Globalization;
using Hooks.Contracts.Platform;
using static Hooks.Gateway.Inbox.SqlParameters;

namespace Hooks.Gateway.RunLogs;

/// <summary>
/// Run logs in plain SQL that SQLite and PostgreSQL both speak: a header row per run (its line count, times) and one
/// row per line. An append takes the header row first (an upsert that adds to the count), so concurrent appends to one
/// run are numbered in commit order and readers only ever see a gapless prefix of the log. The schema has its own
/// version table, so it migrates apart from the inbox's.
/// </summary>
public abstract class RunLogStore(DbDataSource dataSource)
{
    /// <summary>Rows per INSERT: 6 parameters a row stays far below both databases' parameter limits.</summary>
    private const int RowsPerInsert = 500;

    private const string Key = "plugin = @plugin AND run_id = @run";

    protected DbDataSource DataSource { get; } = dataSource;

    /// <summary>The schema, one script per version; a script is never changed once released.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>Serialises schema changes between instances that start together.</summary>
    protected abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Held around every write (SQLite queues its writers in memory; a server database needs nothing).</summary>
    protected virtual Task<IDisposable?> ExclusiveWriteAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable?>(null);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForMigrationAsync(connection, transaction, cancellationToken);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS hooks_run_logs_schema (version integer NOT NULL)", cancellationToken);
        await using var read = Command(connection, transaction, "SELECT MAX(version) FROM hooks_run_logs_schema");
        var current = await read.ExecuteScalarAsync(cancellationToken);
        int version = current is null or DBNull ? 0 : Convert.ToInt32(current, CultureInfo.InvariantCulture);
        for (int next = version; next < Migrations.Count; next++)
        {
            await ExecuteAsync(connection, transaction, Migrations[next], cancellationToken);
            await ExecuteAsync(connection, transaction, $"INSERT INTO hooks_run_logs_schema (version) VALUES ({next + 1})", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Appends <paramref name="lines"/> after the run's last line and returns the new last line's number.</summary>
    public async Task<long> AppendAsync(RunLogId run, IReadOnlyList<OutputLine> lines, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var header = Command(connection, transaction,
            "INSERT INTO hooks_run_logs (plugin, run_id, lines, created_at, updated_at) VALUES (@plugin, @run, @count, @now, @now) "
            + "ON CONFLICT (plugin, run_id) DO UPDATE SET lines = hooks_run_logs.lines + @count, updated_at = @now RETURNING lines");
        AddKey(header, run);
        Add(header, "count", (long)lines.Count);
        Add(header, "now", now);
        long last = Convert.ToInt64(await header.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        long number = last - lines.Count;
        for (int offset = 0; offset < lines.Count; offset += RowsPerInsert)
        {
            await using var insert = Command(connection, transaction, "");
            AddKey(insert, run);
            var rows = new List<string>();
            foreach (var line in lines.Skip(offset).Take(RowsPerInsert))
            {
                int i = rows.Count;
                rows.Add($"(@plugin, @run, @n{i}, @a{i}, @s{i}, @t{i})");
                Add(insert, $"n{i}", ++number);
                Add(insert, $"a{i}", line.Time.ToUniversalTime());
                Add(insert, $"s{i}", (int)line.Stream);
                Add(insert, $"t{i}", StorableText(line.Text));
            }

            insert.CommandText = "INSERT INTO hooks_run_log_lines (plugin, run_id, line, at, stream, text) VALUES " + string.Join(", ", rows);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return last;
    }

    public async Task CompleteAsync(RunLogId run, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var command = DataSource.CreateCommand(
            "INSERT INTO hooks_run_logs (plugin, run_id, lines, created_at, updated_at, completed_at) VALUES (@plugin, @run, 0, @now, @now, @now) "
            + "ON CONFLICT (plugin, run_id) DO UPDATE SET completed_at = @now, updated_at = @now");
        AddKey(command, run);
        Add(command, "now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RunLogLine>> ReadAsync(RunLogId run, long after, int max, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            $"SELECT line, at, stream, text FROM hooks_run_log_lines WHERE {Key} AND line > @after ORDER BY line LIMIT @max");
        AddKey(command, run);
        Add(command, "after", after);
        Add(command, "max", max);
        var lines = new List<RunLogLine>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(new RunLogLine(
                reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), (OutputChannel)reader.GetInt32(2), reader.GetString(3)));
        }

        return lines;
    }

    public async Task<RunLogInfo?> FindAsync(RunLogId run, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand($"SELECT lines, created_at, updated_at, completed_at FROM hooks_run_logs WHERE {Key}");
        AddKey(command, run);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new RunLogInfo(
            run,
            reader.GetInt64(0),
            reader.GetFieldValue<DateTimeOffset>(1),
            reader.GetFieldValue<DateTimeOffset>(2),
            reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3));
    }

    /// <summary>Deletes up to <paramref name="max"/> logs last written before <paramref name="before"/>, with their lines.</summary>
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        using var writer = await ExclusiveWriteAsync(cancellationToken);
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var runs = new List<(string Plugin, string Run)>();
        await using (var select = Command(connection, transaction, "SELECT plugin, run_id FROM hooks_run_logs WHERE updated_at < @before ORDER BY updated_at LIMIT @max"))
        {
            Add(select, "before", before);
            Add(select, "max", max);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                runs.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (plugin, run) in runs)
        {
            foreach (string table in (string[])["hooks_run_log_lines", "hooks_run_logs"])
            {
                await using var delete = Command(connection, transaction, $"DELETE FROM {table} WHERE {Key}");
                Add(delete, "plugin", plugin);
                Add(delete, "run", run);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return runs.Count;
    }

    /// <summary>PostgreSQL's text cannot hold a NUL character; both stores show it as the symbol for one.</summary>
    private static string StorableText(string text) => text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\u2400') : text;

    private static void AddKey(DbCommand command, RunLogId run)
    {
        Add(command, "plugin", run.Plugin);
        Add(command, "run", run.Run);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
