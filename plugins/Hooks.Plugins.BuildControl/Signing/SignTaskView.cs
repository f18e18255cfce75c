using Hooks.Plugins.BuildControl.Storage;

namespace Hooks.Plugins.BuildControl.Signing;

/// <summary>A sign task as the original shows it (<c>id, build_id, sign_key, status, error_message, log_href</c>), with its node and times.</summary>
public sealed record SignTaskView(
    int Id,
    int BuildId,
    SignKeyView SignKey,
    int Status,
    string? ErrorMessage,
    string? LogHref,
    string? Node,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public static SignTaskView Of(SignTaskRecord task, IReadOnlyDictionary<int, string> platformNames) => new(
        task.Id,
        task.BuildId,
        SignKeyView.Of(task.SignKey!, platformNames),
        (int)task.Status,
        task.ErrorMessage,
        task.LogHref,
        task.NodeName,
        task.StartedAt,
        task.FinishedAt);
}
