using Hooks.Contracts.Events;
using Hooks.Contracts.Platform;
using Hooks.Plugins.Ci.Configuration;
using Hooks.Plugins.Ci.Storage;
using Hooks.Plugins.Ci.Triggers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.Ci.Queueing;

/// <summary>
/// A push (from any forge) builds its head commit; a pull request opened, updated or reopened builds its source head,
/// its target branch matched against <c>branches</c>. What builds nothing is recorded with why.
/// </summary>
public sealed class BuildOnEvents(BuildIntake queue, CiDb db, CiSettings settings, IWorkspaces workspaces) : INotificationHandler<Push>, INotificationHandler<PullRequest>
{
    private const string Zeros = "0000000000000000000000000000000000000000";

    public async Task Handle(Push notification, CancellationToken cancellationToken)
    {
        if (notification.Deleted || notification.After.Trim('0').Length == 0 || await SeenAsync(notification, cancellationToken))
        {
            return;
        }

        if (Target(notification) is not { } target)
        {
            return;
        }

        var request = new BuildRequest(
            target.Account, target.Repo, target.CloneUrl, notification.Source, notification.Branch, notification.Branch, notification.After, SignaledBy.Push, await ChangesetAsync(notification, target.CloneUrl, cancellationToken))
        {
            DeliveryId = notification.DeliveryId,
            RequestedBy = notification.Sender?.Login ?? notification.Sender?.Name,
            DefaultBranch = notification.Repository?.DefaultBranch,
        };
        if (SkipCi.Reason(notification.Commits.Select(c => (c.Id, c.Message))) is { } skip)
        {
            await queue.IgnoreAsync(request, skip, cancellationToken);
            return;
        }

        await SubmitAsync(request, cancellationToken);
    }

    public async Task Handle(PullRequest notification, CancellationToken cancellationToken)
    {
        if (notification.Action is not (PullRequestAction.Opened or PullRequestAction.Updated or PullRequestAction.Reopened)
            || notification.HeadSha is not { Length: > 0 } head
            || await SeenAsync(notification, cancellationToken)
            || Target(notification) is not { } target)
        {
            return;
        }

        await SubmitAsync(new BuildRequest(
            target.Account, target.Repo, target.CloneUrl, notification.Source, notification.SourceBranch, notification.TargetBranch, head, SignaledBy.PullRequest,
            new Changeset(notification.SourceBranch, [], []))
        {
            DeliveryId = notification.DeliveryId,
            DefaultBranch = notification.Repository?.DefaultBranch,
            PullRequest = notification.Number,
            RequestedBy = notification.Sender?.Login ?? notification.Author?.Login,
        }, cancellationToken);
    }

    /// <summary>
    /// The push's commit messages, and the paths changed between before and after as git says (the forge's own lists
    /// when the repository cannot be read); a new branch: its head commit's only (Ocelot's rule).
    /// </summary>
    public async Task<Changeset> ChangesetAsync(Push push, string cloneUrl, CancellationToken cancellationToken)
    {
        bool created = push.Created || push.Before == Zeros || push.Before.Trim('0').Length == 0;
        var commits = created && push.Commits.Count > 0 ? [push.Commits[^1]] : push.Commits;
        IReadOnlyList<string> files;
        try
        {
            files = await workspaces.ChangedFilesAsync(cloneUrl, created ? null : push.Before, push.After, null, cancellationToken);
        }
        catch (WorkspaceException)
        {
            files = [.. commits.SelectMany(c => c.Added.Concat(c.Modified).Concat(c.Removed)).Distinct(StringComparer.Ordinal)];
        }

        return new Changeset(push.Branch, files, [.. commits.Select(c => c.Message)]);
    }

    private async Task SubmitAsync(BuildRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await queue.SubmitAsync(request, cancellationToken);
        }
        catch (BuildRefusedException refused)
        {
            await queue.IgnoreAsync(request, refused.Message, cancellationToken);
        }
        catch (CommitNotFoundException missing)
        {
            await queue.IgnoreAsync(request, $"commit {request.Hash} not found in {request.CloneUrl}: {missing.Message}", cancellationToken);
        }
    }

    /// <summary>The same delivery handed over again (a retry after a crash): its build, or its record, is there.</summary>
    private async Task<bool> SeenAsync(HookEvent hookEvent, CancellationToken cancellationToken) =>
        hookEvent.DeliveryId is { Length: > 0 } id
        && (await db.Builds.AnyAsync(b => b.DeliveryId == id, cancellationToken) || await db.Ignored.AnyAsync(i => i.DeliveryId == id, cancellationToken));

    private (string Account, string Repo, string CloneUrl)? Target(HookEvent hookEvent)
    {
        if (hookEvent.Repository is not { FullName.Length: > 0 } repository)
        {
            return null;
        }

        string? cloneUrl = settings.Options.CloneUrls.TryGetValue(hookEvent.Source, out string? template)
            ? template.Replace("{fullName}", repository.FullName, StringComparison.Ordinal)
            : repository.CloneUrl;
        if (cloneUrl is not { Length: > 0 })
        {
            return null;
        }

        var (account, repo) = BuildRequest.Split(repository.FullName);
        return (account, repo, cloneUrl);
    }
}
