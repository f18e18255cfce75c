using System.Text.Json.Serialization;

namespace Hooks.Gateway.Receiving;

/// <summary>The JSON bodies the receiver answers with.</summary>
public static class Answers
{
    public static IResult Accepted(StoredAnswer answer) => TypedResults.Json(answer, statusCode: StatusCodes.Status202Accepted);

    public static IResult Error(int status, string message) => TypedResults.Json(new ErrorAnswer(message), statusCode: status);

    public sealed record StoredAnswer(
        [property: JsonPropertyName("delivery")] string Delivery,
        [property: JsonPropertyName("duplicate"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Duplicate);

    public sealed record ErrorAnswer([property: JsonPropertyName("error")] string Error);
}
