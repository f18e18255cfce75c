using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hooks.Gateway.Verification;

/// <summary>
/// Standard Webhooks 1.0, as GitLab signs with a signing token: <c>webhook-signature: v1,&lt;base64&gt;</c>
/// (several, space separated, during key rotation) over <c>{webhook-id}.{webhook-timestamp}.{body}</c>,
/// keyed with the base64 bytes after <c>whsec_</c>.
/// </summary>
internal static class StandardWebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static VerificationResult Verify(
        string signingToken, IHeaderDictionary headers, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        string id = headers[IdHeader].ToString();
        string timestamp = headers[TimestampHeader].ToString();
        string signatures = headers[SignatureHeader].ToString();
        if (id.Length == 0 || timestamp.Length == 0 || signatures.Length == 0)
        {
            return VerificationResult.Missing($"{IdHeader}, {TimestampHeader} or {SignatureHeader}");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > Tolerance.TotalSeconds)
        {
            return new(VerificationOutcome.TimestampOutOfRange, $"{TimestampHeader} is more than 5 minutes from now");
        }

        if (!TryKey(signingToken, out var key))
        {
            return new(VerificationOutcome.NoSecretConfigured, "the configured SigningToken is not a whsec_<base64> key");
        }

        byte[] signed = [.. Encoding.UTF8.GetBytes($"{id}.{timestamp}."), .. body];
        byte[] expected = HMACSHA256.HashData(key, signed);
        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        foreach (var candidate in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (candidate.StartsWith("v1,", StringComparison.Ordinal)
                && Convert.TryFromBase64String(candidate[3..], given, out int written)
                && written == given.Length
                && CryptographicOperations.FixedTimeEquals(expected, given))
            {
                return VerificationResult.Verified;
            }
        }

        return VerificationResult.Invalid(SignatureHeader);
    }

    private static bool TryKey(string signingToken, out byte[] key)
    {
        const string prefix = "whsec_";
        string encoded = signingToken.StartsWith(prefix, StringComparison.Ordinal) ? signingToken[prefix.Length..] : signingToken;
        key = new byte[encoded.Length];
        if (Convert.TryFromBase64String(encoded, key, out int written))
        {
            key = key[..written];
            return true;
        }

        return false;
    }
}
