using System.Text.Json;
using Hooks.Contracts.Events;
using Hooks.Gateway.Inbox;

namespace Hooks.Gateway.Normalisation;

/// <summary>Turns a stored delivery into forge-neutral events: the forge's normaliser, then the fields all share.</summary>
public static class Normaliser
{
    private static readonly Dictionary<Forge, IForgeNormaliser> Forges = new()
    {
        [Forge.GitHub] = new GitHubNormaliser(),
        [Forge.GitLab] = new GitLabNormaliser(),
        [Forge.Gitea] = new GiteaNormaliser(),
        [Forge.BitbucketCloud] = new BitbucketCloudNormaliser(),
        [Forge.BitbucketServer] = new BitbucketServerNormaliser(),
    };

    public static IReadOnlyList<HookEvent> Normalise(Delivery delivery)
    {
        var root = JsonSerializer.Deserialize<JsonElement>(delivery.Body);
        var payload = new ForgePayload(delivery.EventName, EventType(delivery.Headers), root);
        var forge = Forges[delivery.Forge];
        var repository = forge.Repository(payload);
        var sender = forge.Sender(payload);
        string deliveryId = delivery.Id.ToString();
        return [.. forge.Events(payload).Select(hookEvent => hookEvent with
        {
            Source = delivery.Source,
            Forge = delivery.Forge,
            DeliveryId = deliveryId,
            EventName = delivery.EventName,
            ReceivedAt = delivery.ReceivedAt,
            Repository = repository,
            Sender = sender,
            Raw = root,
        })];
    }

    /// <summary>Gitea's and Forgejo's finer event (<c>pull_request_label</c>, <c>pull_request_comment</c>, ...).</summary>
    private static string? EventType(IReadOnlyDictionary<string, string> headers) => headers
        .Where(header => header.Key.Equals("X-Gitea-Event-Type", StringComparison.OrdinalIgnoreCase)
            || header.Key.Equals("X-Forgejo-Event-Type", StringComparison.OrdinalIgnoreCase))
        .Select(header => header.Value)
        .FirstOrDefault();
}
