using Hooks.Contracts.Events;
using Hooks.Plugins.Badges.Jobs;
using Hooks.Plugins.Badges.Projects;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Hooks.Plugins.Badges.Handlers;

/// <summary>An issue opened, closed, relabelled or commented on in a configured project asks for that project's refresh.</summary>
public sealed partial class RefreshOnIssueActivity(ProjectDirectory projects, RefreshRequests requests, ILogger<RefreshOnIssueActivity> logger)
    : INotificationHandler<Issue>, INotificationHandler<Comment>
{
    public Task Handle(Issue notification, CancellationToken cancellationToken) => RequestAsync(notification, cancellationToken);

    public Task Handle(Comment notification, CancellationToken cancellationToken) =>
        notification.Target == CommentTarget.Issue ? RequestAsync(notification, cancellationToken) : Task.CompletedTask;

    private async Task RequestAsync(HookEvent hookEvent, CancellationToken cancellationToken)
    {
        if (projects.ForEvent(hookEvent) is not { IsUsable: true } project)
        {
            return;
        }

        var request = await requests.RequestAsync(project.Key, cancellationToken);
        Log.RefreshRequested(logger, project.Key, hookEvent.DeliveryId, request.JobId, request.Joined);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Debug, Message = "Delivery {Delivery} asks for a refresh of {Project}: job {Job} (joined a waiting one: {Joined})")]
        public static partial void RefreshRequested(ILogger logger, string project, string delivery, string job, bool joined);
    }
}
