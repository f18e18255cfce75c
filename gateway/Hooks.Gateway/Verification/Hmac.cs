using System.Security.Cryptography;
using System.Text;

namespace Hooks.Gateway.Verification;

/// <summary>HMAC-SHA256 checks in constant time.</summary>
public static class Hmac
{
    public static bool HexMatches(string secret, ReadOnlySpan<byte> body, ReadOnlySpan<char> hex)
    {
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body, expected);
        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        return hex.Length == 2 * given.Length
            && Convert.FromHexString(hex, given, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == given.Length
            && CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public static bool TextEquals(string expected, string given)
    {
        Span<byte> expectedHash = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> givenHash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), expectedHash);
        SHA256.HashData(Encoding.UTF8.GetBytes(given), givenHash);
        return CryptographicOperations.FixedTimeEquals(expectedHash, givenHash);
    }
}
