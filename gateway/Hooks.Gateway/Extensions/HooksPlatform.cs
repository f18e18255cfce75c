using Microsoft.Extensions.Options;
using Hooks.Gateway.Dispatch;
using Hangfire;
using Hooks.Contracts.Platform;
using Hooks.Gateway.Processes;
using Hooks.Gateway.Mail;
using Hooks.Gateway.RunLogs;
using Hooks.Gateway.Storage;
using Hooks.Gateway.Workspaces;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Hooks.Gateway.Extensions;

public static class HooksPlatform
{
    /// <summary>
    /// The services plugins share (contracts' <c>Hooks.Contracts.Platform</c>): git workspaces, processes and run logs.
    /// Registered before plugins, which take them by dependency injection.
    /// </summary>
    public static WebApplicationBuilder AddHooksPlatform(this WebApplicationBuilder builder, GatewayRoles roles)
    {
        var services = builder.Services;
        var storage = StorageSettings.From(builder.Configuration, builder.Environment);
        services.TryAddSingleton(storage);
        services.AddOptions<RunLogOptions>().Bind(builder.Configuration.GetSection("Hooks:RunLogs"));
        services.AddOptions<WorkspaceOptions>().Bind(builder.Configuration.GetSection("Hooks:Workspaces"));

        if (storage.IsPostgres)
        {
            services.AddSingleton<RunLogStore>(sp => new PostgresRunLogStore(sp.GetRequiredService<NpgsqlDataSource>()));
        }
        else
        {
            services.AddSingleton<RunLogStore>(_ => new SqliteRunLogStore(storage.SqliteFile("run-logs")));
        }

        services.AddHostedService<RunLogMigrator>();
        services.AddSingleton<RunLogSignal>();
        services.AddSingleton<RunLogFollower>();
        services.AddSingleton<IRunLogs, StoredRunLogs>();
        services.AddTransient<RunLogRetentionJob>();

        services.AddSingleton<IProcessRunner, ProcessRunner>();

        services.AddSingleton<AskPass>();
        services.AddSingleton<GitCli>();
        services.AddSingleton<MirrorLock>();
        services.AddSingleton<MirrorCache>();
        services.AddSingleton<WorkspaceCloner>();
        services.AddSingleton<Submodules>();
        services.AddSingleton<SourceGitCredentials>();
        services.AddSingleton<GitWorkspaces>();
        services.AddSingleton<IWorkspaces>(sp => sp.GetRequiredService<GitWorkspaces>());
        services.AddSingleton<IMailSender, MailKitSender>();

        if (roles.Worker)
        {
            services.AddHostedService(provider => new RecurringJobSchedule<RunLogRetentionJob>(
                provider.GetRequiredService<IRecurringJobManager>(), RunLogRetentionJob.RecurringId, job => job.RunAsync(CancellationToken.None),
                provider.GetRequiredService<IOptions<RunLogOptions>>().Value.Cron));
            services.AddHostedService<WorkspaceSweeper>();
        }

        return builder;
    }
}
