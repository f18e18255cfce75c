using Microsoft.AspNetCore.Http.Features;

namespace Hooks.Gateway.Receiving;

/// <summary>Reads the raw body exactly as sent (signatures are over these bytes), refusing more than the limit.</summary>
internal static class BodyReader
{
    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            if (request.ContentLength is long length)
            {
                var body = new byte[length];
                await request.Body.ReadExactlyAsync(body, cancellationToken);
                return body;
            }

            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            return buffer.Length > maxBytes ? null : buffer.ToArray();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }
}
