using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Hooks.Plugins.BuildControl.Api;

/// <summary>Reads a request body with the original's snake_case names (the gateway's own JSON options are camelCase).</summary>
public static class Body
{
    public static async Task<(T? Value, IResult? Refusal)> ReadAsync<T>(HttpContext http, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Json.Snake, cancellationToken);
            return value is null ? (null, Unprocessable("a JSON body is required")) : (value, null);
        }
        catch (JsonException error)
        {
            return (null, Unprocessable("the body does not fit: " + error.Message));
        }
    }

    public static IResult Unprocessable(string reason) => Results.Json(new Problem(reason), Json.Snake, statusCode: StatusCodes.Status422UnprocessableEntity);
}
