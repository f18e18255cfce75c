using Npgsql;

namespace Hooks.Gateway.Storage;

public static class InboxDataSource
{
    /// <summary>
    /// The inbox's connections. Its few statements run thousands of times a second, so they are prepared on the
    /// server after their second use (unless the connection string says otherwise).
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 32;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        return builder.Build();
    }
}
