using Hooks.Contracts.Events;

namespace Hooks.Gateway.Receiving;

/// <summary>Where each forge puts the event name and the key that identifies a delivery across retries.</summary>
public static class ForgeHeaders
{
    /// <summary>Headers that carry secrets or signatures: never stored, never logged.</summary>
    public static readonly IReadOnlySet<string> Secret = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "X-Gitlab-Token", "X-Hub-Signature", "X-Hub-Signature-256", "X-Gitea-Signature", "X-Forgejo-Signature",
        "X-Gogs-Signature", "webhook-signature", "Authorization", "Cookie", "Proxy-Authorization",
    };

    public static string? EventName(Forge forge, IHeaderDictionary headers) => forge switch
    {
        Forge.GitHub => First(headers, "X-GitHub-Event"),
        Forge.GitLab => First(headers, "X-Gitlab-Event"),
        Forge.Gitea => First(headers, "X-Gitea-Event", "X-Forgejo-Event", "X-Gogs-Event"),
        Forge.BitbucketCloud or Forge.BitbucketServer => First(headers, "X-Event-Key"),
        _ => null,
    };

    /// <summary>
    /// The forge's id of the delivery, stable across its redeliveries. GitLab: <c>Idempotency-Key</c>, else the
    /// signed <c>webhook-id</c>; never <c>X-Gitlab-Event-UUID</c>, which recursive hooks share.
    /// </summary>
    public static string? DeliveryKey(Forge forge, IHeaderDictionary headers) => forge switch
    {
        Forge.GitHub => First(headers, "X-GitHub-Delivery"),
        Forge.GitLab => First(headers, "Idempotency-Key", "webhook-id"),
        Forge.Gitea => First(headers, "X-Gitea-Delivery", "X-Forgejo-Delivery", "X-Gogs-Delivery"),
        Forge.BitbucketCloud => First(headers, "X-Request-UUID"),
        Forge.BitbucketServer => First(headers, "X-Request-Id"),
        _ => null,
    };

    private static string? First(IHeaderDictionary headers, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (headers.TryGetValue(name, out var value) && value.ToString() is { Length: > 0 } text)
            {
                return text.Trim();
            }
        }

        return null;
    }
}
