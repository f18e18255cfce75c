using Hooks.Contracts.Events;
using MediatR;

namespace Hooks.Plugins.BuildControl.Triggers;

/// <summary>Tag pushes (and branch pushes, where a trigger asks for them) go to <see cref="BuildTriggers"/>.</summary>
public sealed class BuildOnPush(BuildTriggers triggers) : INotificationHandler<TagPush>, INotificationHandler<Push>
{
    public Task Handle(TagPush notification, CancellationToken cancellationToken) =>
        triggers.HandleAsync(new PushedRef(notification, true, notification.Tag, notification.Ref, notification.After, notification.Deleted), cancellationToken);

    public Task Handle(Push notification, CancellationToken cancellationToken) =>
        triggers.HandleAsync(new PushedRef(notification, false, notification.Branch, notification.Ref, notification.After, notification.Deleted), cancellationToken);
}
