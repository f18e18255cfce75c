using System.Security.Cryptography;
using System.Text;
using Hooks.Contracts.Events;

namespace Hooks.Testing;

/// <summary>
/// Signs a delivery the way each forge does, so tests send what a forge would send:
/// GitHub <c>X-Hub-Signature-256: sha256=&lt;hex&gt;</c>; Bitbucket Cloud and Server <c>X-Hub-Signature: sha256=&lt;hex&gt;</c>;
/// Gitea <c>X-Gitea-Signature: &lt;hex&gt;</c> and Forgejo <c>X-Forgejo-Signature</c>; GitLab sends the secret itself as
/// <c>X-Gitlab-Token</c>, or signs with Standard Webhooks headers when a signing token is set.
/// </summary>
public static class ForgeSigner
{
    public static Dictionary<string, string> Headers(WebhookFixture fixture, string secret, Signing signing, string? deliveryKey = null)
    {
        byte[] body = fixture.Body;
        string key = deliveryKey ?? Guid.NewGuid().ToString();
        string usedSecret = signing == Signing.Wrong ? secret + "-wrong" : secret;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [fixture.EventHeader] = fixture.EventName };
        if (fixture.SecondHeader is not null)
        {
            headers[fixture.SecondHeader] = fixture.SecondValue!;
        }

        switch (fixture.Forge)
        {
            case Forge.GitHub:
                headers["X-GitHub-Delivery"] = key;
                AddUnlessNone(headers, signing, "X-Hub-Signature-256", "sha256=" + HexHmac(usedSecret, body));
                break;
            case Forge.GitLab:
                headers["Idempotency-Key"] = key;
                headers["X-Gitlab-Event-UUID"] = Guid.NewGuid().ToString();
                AddUnlessNone(headers, signing, "X-Gitlab-Token", usedSecret);
                break;
            case Forge.Gitea:
                bool forgejo = fixture.EventHeader.StartsWith("X-Forgejo", StringComparison.OrdinalIgnoreCase);
                headers[forgejo ? "X-Forgejo-Delivery" : "X-Gitea-Delivery"] = key;
                AddUnlessNone(headers, signing, forgejo ? "X-Forgejo-Signature" : "X-Gitea-Signature", HexHmac(usedSecret, body));
                break;
            case Forge.BitbucketCloud:
                headers["X-Request-UUID"] = key;
                headers["X-Attempt-Number"] = "1";
                AddUnlessNone(headers, signing, "X-Hub-Signature", "sha256=" + HexHmac(usedSecret, body));
                break;
            case Forge.BitbucketServer:
                headers["X-Request-Id"] = key;
                AddUnlessNone(headers, signing, "X-Hub-Signature", "sha256=" + HexHmac(usedSecret, body));
                break;
        }

        return headers;
    }

    /// <summary>Standard Webhooks 1.0 headers (GitLab's signing token): HMAC over <c>{id}.{timestamp}.{body}</c>.</summary>
    public static Dictionary<string, string> StandardWebhookHeaders(string signingToken, string id, DateTimeOffset timestamp, byte[] body)
    {
        byte[] key = Convert.FromBase64String(signingToken["whsec_".Length..]);
        string seconds = timestamp.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        byte[] signed = [.. Encoding.UTF8.GetBytes($"{id}.{seconds}."), .. body];
        return new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["webhook-id"] = id,
            ["webhook-timestamp"] = seconds,
            ["webhook-signature"] = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed)),
        };
    }

    public static string HexHmac(string secret, byte[] body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private static void AddUnlessNone(Dictionary<string, string> headers, Signing signing, string name, string value)
    {
        if (signing != Signing.None)
        {
            headers[name] = value;
        }
    }
}
