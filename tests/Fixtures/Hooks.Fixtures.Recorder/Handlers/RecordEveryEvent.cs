using System.Diagnostics;
using Hangfire;
using Hooks.Contracts.Events;
using Hooks.Fixtures.Recorder.Jobs;
using Hooks.Fixtures.Recorder.Storage;
using MediatR;

namespace Hooks.Fixtures.Recorder.Handlers;

/// <summary>Handles the base type, so it receives every event; enqueues its own job for pushes.</summary>
public sealed class RecordEveryEvent(RecorderDb db, IBackgroundJobClient jobs, RecorderSettings settings) : INotificationHandler<HookEvent>
{
    private static readonly Lock StartsLock = new();

    public async Task Handle(HookEvent notification, CancellationToken cancellationToken)
    {
        if (settings.StartsFile is { } starts)
        {
            lock (StartsLock)
            {
                File.AppendAllLines(starts, [$"{notification.DeliveryId} {Environment.ProcessId}"]);
            }
        }

        if (settings.Stalls(notification.Repository?.FullName))
        {
            await Task.Delay(TimeSpan.FromSeconds(settings.StallSeconds), cancellationToken);
        }
        db.ReceivedEvents.Add(new ReceivedEvent
        {
            DeliveryId = notification.DeliveryId,
            EventType = notification.GetType().Name,
            Source = notification.Source,
            Repository = notification.Repository?.FullName,
            TraceId = Activity.Current?.TraceId.ToString(),
            ProcessId = Environment.ProcessId,
            HandledAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        if (notification is Push)
        {
            jobs.Enqueue<FollowUpJob>(RecorderPlugin.Queue, job => job.RunAsync(notification.DeliveryId, CancellationToken.None));
        }
    }
}
