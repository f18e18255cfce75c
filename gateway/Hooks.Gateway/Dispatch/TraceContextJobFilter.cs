using System.Diagnostics;
using Hangfire.Client;
using Hangfire.Common;
using Hangfire.Server;

namespace Hooks.Gateway.Dispatch;

/// <summary>Carries the W3C trace context of whoever enqueues a job into the job, on any worker or process.</summary>
public sealed class TraceContextJobFilter : JobFilterAttribute, IClientFilter, IServerFilter
{
    private const string Parameter = "traceparent";
    private const string ActivityItem = "hooks.activity";

    public void OnCreating(CreatingContext context)
    {
        if (Activity.Current?.Id is { } traceParent)
        {
            context.SetJobParameter(Parameter, traceParent);
        }
    }

    public void OnCreated(CreatedContext context)
    {
    }

    public void OnPerforming(PerformingContext context)
    {
        string? traceParent = context.GetJobParameter<string>(Parameter, allowStale: true);
        var job = context.BackgroundJob.Job;
        var activity = GatewayTracing.StartFrom($"job {job.Type.Name}.{job.Method.Name}", traceParent, ActivityKind.Consumer);
        activity?.SetTag("hangfire.job.id", context.BackgroundJob.Id);
        context.Items[ActivityItem] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(ActivityItem, out var item) && item is Activity activity)
        {
            if (context.Exception is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, context.Exception.Message);
            }

            activity.Dispose();
        }
    }
}
