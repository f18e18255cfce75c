using System.Text.Json.Serialization;

namespace Hooks.Gateway.Receiving;

/// <summary>The JSON bodies the receiver answers with.</summary>
public static class Answers
{
    public static IResult Accepted(Guid delivery, bool duplicate) => new AcceptedAnswer(delivery, duplicate);

    public static IResult Error(int status, string message) => TypedResults.Json(new ErrorAnswer(message), statusCode: status);

    public sealed record ErrorAnswer([property: JsonPropertyName("error")] string Error);
}
