using Hooks.Gateway.Dispatch;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Storage;
using Npgsql;

namespace Hooks.Gateway.Extensions;

public static class HooksStorage
{
    public static WebApplicationBuilder AddHooksStorage(this WebApplicationBuilder builder)
    {
        var storage = StorageSettings.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(storage);
        if (storage.IsPostgres)
        {
            builder.Services.AddSingleton(_ => InboxDataSource.Create(storage.ConnectionString));
            builder.Services.AddSingleton<IInboxStore>(sp => new PostgresInboxStore(
                sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>()));
        }
        else
        {
            builder.Services.AddSingleton<IInboxStore>(sp => new SqliteInboxStore(
                storage.ConnectionString, sp.GetRequiredService<TimeProvider>()));
        }

        builder.Services.AddHostedService<StoreMigrator>();
        builder.Services.AddSingleton<DispatchSignal>();
        builder.Services.AddSingleton<InboxWriter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<InboxWriter>());
        return builder;
    }
}
