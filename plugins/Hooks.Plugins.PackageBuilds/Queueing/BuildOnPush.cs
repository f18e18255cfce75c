using Hooks.Contracts.Events;
using MediatR;

namespace Hooks.Plugins.PackageBuilds.Queueing;

/// <summary>A push queues its build (or is recorded as ignored, with why); a tag push is recorded as ignored.</summary>
public sealed class BuildOnPush(BuildRequests requests) : INotificationHandler<Push>, INotificationHandler<TagPush>
{
    public Task Handle(Push notification, CancellationToken cancellationToken) => requests.FromPushAsync(notification, cancellationToken);

    public Task Handle(TagPush notification, CancellationToken cancellationToken) => requests.FromTagAsync(notification, cancellationToken);
}
