using Hangfire;
using Hooks.Contracts.Events;
using MediatR;

namespace Hooks.Fixtures.SampleCi;

/// <summary>Quick, as a handler should be: the build itself is a job on the plugin's own queue.</summary>
public sealed class BuildPushes(IBackgroundJobClient jobs) : INotificationHandler<Push>
{
    public Task Handle(Push push, CancellationToken cancellationToken)
    {
        if (!push.Deleted && push.Repository?.CloneUrl is { } cloneUrl)
        {
            jobs.Enqueue<BuildJob>(SampleCiPlugin.Queue, job => job.RunAsync(push.Source, push.Repository.FullName, cloneUrl, push.After, Guid.Parse(push.DeliveryId), CancellationToken.None));
        }

        return Task.CompletedTask;
    }
}
