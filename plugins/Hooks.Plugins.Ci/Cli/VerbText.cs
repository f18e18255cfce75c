using System.Text.Json;
using Hooks.Plugins.Ci.Api;

namespace Hooks.Plugins.Ci.Cli;

/// <summary>The reason in an API refusal, or the body as it came.</summary>
internal static class VerbText
{
    public static string Error(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<ProblemMessage>(body, JsonSerializerOptions.Web)?.Error ?? body;
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
