using System.Text;

namespace Hooks.Gateway.Receiving;

/// <summary>
/// <c>202 {"delivery":"&lt;id&gt;"}</c>, with <c>"duplicate":true</c> for a redelivery. Written as bytes: it is the
/// answer to every delivery, and a serializer per request cost more than the rest of the answer.
/// </summary>
internal sealed class AcceptedAnswer(Guid delivery, bool duplicate) : IResult
{
    private static readonly byte[] Start = Encoding.UTF8.GetBytes("{\"delivery\":\"");
    private static readonly byte[] End = Encoding.UTF8.GetBytes("\"}");
    private static readonly byte[] DuplicateEnd = Encoding.UTF8.GetBytes("\",\"duplicate\":true}");

    public Task ExecuteAsync(HttpContext httpContext)
    {
        byte[] end = duplicate ? DuplicateEnd : End;
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status202Accepted;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = Start.Length + 36 + end.Length;
        var span = response.BodyWriter.GetSpan(Start.Length + 36 + end.Length);
        Start.CopyTo(span);
        delivery.TryFormat(span[Start.Length..], out int written);
        end.CopyTo(span[(Start.Length + written)..]);
        response.BodyWriter.Advance(Start.Length + written + end.Length);
        return response.BodyWriter.FlushAsync().AsTask();
    }
}
