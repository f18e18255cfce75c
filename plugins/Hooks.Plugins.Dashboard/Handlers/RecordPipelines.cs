using Hooks.Contracts.Events;
using Hooks.Plugins.Dashboard.Ingest;
using Hooks.Plugins.Dashboard.Live;
using Hooks.Plugins.Dashboard.Scope;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.Dashboard.Handlers;

/// <summary>
/// Pipeline and job events of watched projects are stored as they come, in any order: a job arriving before its
/// pipeline is kept and joined to it by pipeline id when the pipeline arrives. A failed job of a counted pipeline asks
/// for its log.
/// </summary>
public sealed partial class RecordPipelines(ProjectScope scope, PipelineRecorder recorder, LogRequests logs, DashboardSignal signal, ILogger<RecordPipelines> logger)
    : INotificationHandler<Pipeline>, INotificationHandler<Job>
{
    public async Task Handle(Pipeline notification, CancellationToken cancellationToken)
    {
        if (notification.Repository is not { } repository || scope.GroupOf(notification.Source, repository.FullName) is null)
        {
            return;
        }

        var facts = EventFacts.Of(notification, repository);
        await recorder.SaveAsync(
            async () =>
            {
                await recorder.ProjectAsync(notification.Source, repository.FullName, repository.Id, repository.WebUrl, cancellationToken);
                await recorder.PipelineAsync(facts, jobsListed: notification.Jobs.Count > 0, cancellationToken);
                foreach (var job in notification.Jobs)
                {
                    await recorder.JobAsync(EventFacts.Of(job, notification, repository), cancellationToken);
                }
            },
            cancellationToken);
        int asked = await logs.ForPipelinesAsync(notification.Source, [notification.Id], cancellationToken);
        signal.Changed();
        Log.Recorded(logger, "pipeline", notification.Id, repository.FullName, notification.Status, asked);
    }

    public async Task Handle(Job notification, CancellationToken cancellationToken)
    {
        if (notification.Repository is not { } repository || scope.GroupOf(notification.Source, repository.FullName) is null)
        {
            return;
        }

        await recorder.SaveAsync(
            async () =>
            {
                await recorder.ProjectAsync(notification.Source, repository.FullName, repository.Id, repository.WebUrl, cancellationToken);
                await recorder.JobAsync(EventFacts.Of(notification, repository), cancellationToken);
            },
            cancellationToken);
        int asked = notification.PipelineId is { } pipeline && Statuses.IsFailed(notification.Status)
            ? await logs.ForPipelinesAsync(notification.Source, [pipeline], cancellationToken)
            : 0;
        signal.Changed();
        Log.Recorded(logger, "job", notification.Id, repository.FullName, notification.Status, asked);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Debug, Message = "Dashboard: {Kind} {Id} of {Project} is {Status}; {Logs} log(s) asked for")]
        public static partial void Recorded(ILogger logger, string kind, long id, string project, string status, int logs);
    }
}
