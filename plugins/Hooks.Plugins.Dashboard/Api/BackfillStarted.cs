namespace Hooks.Plugins.Dashboard.Api;

/// <summary>The answer to <c>POST /plugins/dashboard/api/backfill</c>: the Hangfire job running it.</summary>
public sealed record BackfillStarted(string JobId);
