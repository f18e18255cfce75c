using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hooks.Gateway.Dispatch;
using Hooks.Gateway.Plugins;
using Hooks.Gateway.Retention;
using Hooks.Gateway.Storage;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Extensions;

public static class HooksJobs
{
    private static int _globalFiltersConfigured;

    /// <summary>Hangfire on PostgreSQL (or in memory for the embedded default) and the dispatch services every role uses.</summary>
    public static WebApplicationBuilder AddHooksJobs(this WebApplicationBuilder builder)
    {
        var storage = StorageSettings.From(builder.Configuration, builder.Environment);
        var dispatch = builder.Configuration.GetSection("Hooks:Dispatch").Get<DispatchOptions>() ?? new DispatchOptions();
        builder.Services.AddOptions<DispatchOptions>().Bind(builder.Configuration.GetSection("Hooks:Dispatch"));
        ConfigureGlobalFilters(dispatch);

        var jobs = builder.Configuration.GetSection("Hooks:Jobs").Get<JobStorageOptions>() ?? new JobStorageOptions();
        builder.Services.AddSingleton<JobStorage>(_ => storage.IsPostgres ? PostgresJobs(storage.ConnectionString, jobs) : new InMemoryStorage(new InMemoryStorageOptions()));
        builder.Services.AddHangfire((provider, configuration) => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseTypeResolver(PluginTypeResolver.Resolve)
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        builder.Services.AddSingleton<Dispatcher>();
        builder.Services.AddSingleton<LaneSignals>();
        builder.Services.AddSingleton<FanOutTargets>();
        builder.Services.AddSingleton<Replayer>();
        builder.Services.AddSingleton<PluginRun>();
        builder.Services.AddSingleton<RetryPolicy>();
        builder.Services.AddSingleton<RetryJobs>();
        builder.Services.AddSingleton<FailedRuns>();
        builder.Services.AddTransient<PluginDeliveryJob>();
        builder.Services.AddOptions<RetentionOptions>().Bind(builder.Configuration.GetSection("Hooks:Inbox"));
        builder.Services.AddTransient<RetentionJob>();
        return builder;
    }

    /// <summary>
    /// A worker's part, once plugins are registered: the dispatcher, a lane per loaded plugin, the retention job, and
    /// Hangfire servers: one for delivery retries and the <c>default</c> queue, one per plugin queue with its own workers.
    /// </summary>
    public static WebApplicationBuilder AddHooksWorkers(this WebApplicationBuilder builder, GatewayRoles roles)
    {
        if (!roles.Worker)
        {
            return builder;
        }

        var storage = StorageSettings.From(builder.Configuration, builder.Environment);
        var dispatch = builder.Configuration.GetSection("Hooks:Dispatch").Get<DispatchOptions>() ?? new DispatchOptions();
        var plugins = PluginCatalog.From(builder.Services);
        if (storage.IsPostgres)
        {
            builder.Services.AddHostedService<PostgresInboxListener>();
            builder.Services.AddHostedService<PluginRegistration>();
        }
        else
        {
            builder.Services.AddHostedService<EmbeddedJobRecovery>();
        }

        builder.Services.AddHostedService(provider => provider.GetRequiredService<Dispatcher>());
        builder.Services.AddHostedService<PluginLanes>();
        builder.Services.AddHostedService(provider => new RecurringJobSchedule<RetentionJob>(
            provider.GetRequiredService<IRecurringJobManager>(), RetentionJob.RecurringId, job => job.RunAsync(CancellationToken.None),
            provider.GetRequiredService<IOptions<RetentionOptions>>().Value.Cron));
        AddServer(builder.Services, "dispatch", [.. plugins.Active.Select(p => DispatchQueues.For(p.Id)), "default"], dispatch.Workers);
        foreach (var queue in plugins.Active.SelectMany(p => p.Queues).DistinctBy(q => q.Name))
        {
            AddServer(builder.Services, queue.Name, [queue.Name], queue.Workers);
        }

        return builder;
    }

    private static void AddServer(IServiceCollection services, string name, string[] queues, int workers) =>
        services.AddHangfireServer((_, server) =>
        {
            server.Queues = queues;
            server.WorkerCount = workers;
            server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}:{name}";
        });

    private static PostgreSqlStorage PostgresJobs(string connectionString, JobStorageOptions jobs)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = false, // installed below, one process at a time
            EnableLongPolling = jobs.LongPolling,
            QueuePollInterval = jobs.QueuePollInterval,
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = jobs.InvisibilityTimeout,
            DistributedLockTimeout = jobs.DistributedLockTimeout,
        };
        HangfireSchema.Install(connectionString, options.SchemaName);
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    /// <summary>Hangfire's filters are process-wide: the retry policy and trace propagation are set once.</summary>
    private static void ConfigureGlobalFilters(DispatchOptions dispatch)
    {
        if (Interlocked.Exchange(ref _globalFiltersConfigured, 1) == 1)
        {
            return;
        }

        foreach (var filter in GlobalJobFilters.Filters.Where(f => f.Instance is AutomaticRetryAttribute).ToList())
        {
            GlobalJobFilters.Filters.Remove(filter.Instance);
        }

        var retry = new AutomaticRetryAttribute { Attempts = Math.Max(0, dispatch.MaxAttempts - 1) };
        if (dispatch.RetryDelaysSeconds.Length > 0)
        {
            retry.DelaysInSeconds = dispatch.RetryDelaysSeconds;
        }

        GlobalJobFilters.Filters.Add(retry);
        GlobalJobFilters.Filters.Add(new TraceContextJobFilter());
    }
}
