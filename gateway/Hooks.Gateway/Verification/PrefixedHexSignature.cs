using Microsoft.Extensions.Primitives;

namespace Hooks.Gateway.Verification;

/// <summary>
/// A hex HMAC-SHA256 of the raw body in one header, with an optional prefix:
/// GitHub <c>X-Hub-Signature-256: sha256=...</c>, Bitbucket <c>X-Hub-Signature: sha256=...</c>,
/// Gitea <c>X-Gitea-Signature: ...</c> (no prefix).
/// </summary>
internal static class PrefixedHexSignature
{
    public static VerificationResult Verify(
        string secret, string header, string prefix, IHeaderDictionary headers, ReadOnlySpan<byte> body)
    {
        StringValues values = headers[header];
        if (StringValues.IsNullOrEmpty(values))
        {
            return VerificationResult.Missing(header);
        }

        var value = values.ToString().AsSpan().Trim();
        if (!value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return new(VerificationOutcome.InvalidSignature, $"{header} must start with '{prefix}'");
        }

        return Hmac.HexMatches(secret, body, value[prefix.Length..])
            ? VerificationResult.Verified
            : VerificationResult.Invalid(header);
    }
}
