using System.Security.Cryptography;
using System.Text;

namespace Hooks.Gateway.Inbox;

/// <summary>
/// A delivery's id is derived from its source and the forge's delivery key, so a redelivery gets the same id and
/// is stored once, on any instance, without a lookup. Deliveries without a key get a fresh time-ordered id.
/// </summary>
public static class DeliveryIds
{
    public static Guid For(string source, string? deliveryKey)
    {
        if (deliveryKey is null)
        {
            return Guid.CreateVersion7();
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{source}\n{deliveryKey}"), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: vendor-specific, so it never collides with v7 ids
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
