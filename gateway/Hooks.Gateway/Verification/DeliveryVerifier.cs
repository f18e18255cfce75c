using Hooks.Contracts.Events;
using Hooks.Gateway.Sources;

namespace Hooks.Gateway.Verification;

/// <summary>Proves a delivery came from its source, the way its forge signs. Fails closed.</summary>
public static class DeliveryVerifier
{
    public const string GitLabTokenHeader = "X-Gitlab-Token";

    public static VerificationResult Verify(Source source, IHeaderDictionary headers, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (source.Secret is null && source.SigningToken is null)
        {
            return source.AllowUnsigned
                ? new(VerificationOutcome.AcceptedUnsigned, "source allows unsigned deliveries")
                : new(VerificationOutcome.NoSecretConfigured, $"source '{source.Name}' has no secret configured and does not allow unsigned deliveries");
        }

        return source.Forge switch
        {
            Forge.GitHub => PrefixedHexSignature.Verify(source.Secret!, "X-Hub-Signature-256", "sha256=", headers, body),
            Forge.BitbucketCloud or Forge.BitbucketServer => PrefixedHexSignature.Verify(source.Secret!, "X-Hub-Signature", "sha256=", headers, body),
            Forge.Gitea => VerifyGitea(source.Secret!, headers, body),
            Forge.GitLab => VerifyGitLab(source, headers, body, now),
            _ => new(VerificationOutcome.NoSecretConfigured, $"no verifier for forge {source.Forge}"),
        };
    }

    private static VerificationResult VerifyGitea(string secret, IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        string header = headers.ContainsKey("X-Gitea-Signature") || !headers.ContainsKey("X-Forgejo-Signature")
            ? "X-Gitea-Signature"
            : "X-Forgejo-Signature";
        return PrefixedHexSignature.Verify(secret, header, "", headers, body);
    }

    /// <summary>Every credential configured for the source must be presented: the token, the signature, or both.</summary>
    private static VerificationResult VerifyGitLab(Source source, IHeaderDictionary headers, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (source.SigningToken is not null)
        {
            var signature = StandardWebhookSignature.Verify(source.SigningToken, headers, body, now);
            if (!signature.Accepted)
            {
                return signature;
            }
        }

        if (source.Secret is not null)
        {
            string token = headers[GitLabTokenHeader].ToString();
            if (token.Length == 0)
            {
                return VerificationResult.Missing(GitLabTokenHeader);
            }

            if (!Hmac.TextEquals(source.Secret, token))
            {
                return VerificationResult.Invalid(GitLabTokenHeader);
            }
        }

        return VerificationResult.Verified;
    }
}
