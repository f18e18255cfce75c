using System.Text.Json;

namespace Hooks.Gateway.Dispatch;

/// <summary>An event record's kind as operators and the API name it: <c>Push</c> is <c>push</c>, <c>TagPush</c> is <c>tag_push</c>.</summary>
public static class EventKinds
{
    public static readonly IReadOnlyList<string> All =
        ["push", "tag_push", "pull_request", "issue", "comment", "pipeline", "job", "release", "ping", "other"];

    public static string Of(Type eventType) => JsonNamingPolicy.SnakeCaseLower.ConvertName(eventType.Name);
}
