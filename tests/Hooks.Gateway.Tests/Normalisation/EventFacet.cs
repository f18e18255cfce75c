using Hooks.Contracts.Events;

namespace Hooks.Gateway.Tests.Normalisation;

/// <summary>
/// The kinds of event the contracts let a normaliser produce, one step finer than the record: a push that creates,
/// deletes or updates a branch; a tag created or deleted; each pull request and issue action; each comment target.
/// </summary>
internal static class EventFacet
{
    /// <summary>Every facet the contracts allow, read from them, so a new event record or action joins by itself.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. typeof(HookEvent).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(HookEvent)) && !type.IsAbstract)
            .SelectMany(type => type.Name switch
            {
                nameof(Push) => ["Push created", "Push deleted", "Push updated"],
                nameof(TagPush) => ["TagPush created", "TagPush deleted"],
                nameof(PullRequest) => Enum.GetNames<PullRequestAction>().Select(action => $"PullRequest {action}"),
                nameof(Issue) => Enum.GetNames<IssueAction>().Select(action => $"Issue {action}"),
                nameof(Comment) => Enum.GetNames<CommentTarget>().Select(target => $"Comment on {target}"),
                _ => [type.Name],
            })
            .Order(StringComparer.Ordinal),
    ];

    public static string Of(HookEvent hookEvent) => hookEvent switch
    {
        Push push => push.Created ? "Push created" : push.Deleted ? "Push deleted" : "Push updated",
        TagPush tag => tag.Created ? "TagPush created" : tag.Deleted ? "TagPush deleted" : "TagPush moved",
        PullRequest pull => $"PullRequest {pull.Action}",
        Issue issue => $"Issue {issue.Action}",
        Comment comment => $"Comment on {comment.Target}",
        _ => hookEvent.GetType().Name,
    };
}
