namespace Hooks.Plugins.Dashboard.Jobs;

/// <summary>What a backfill did: projects read, pipelines listed, job lists read, logs asked for.</summary>
public sealed record BackfillReport(int Projects, int Pipelines, int JobLists, int LogsAsked);
