using System.Text.Json;

namespace Hooks.Plugins.BuildControl.Nodes;

/// <summary>
/// Reads a <c>build_done</c> body as the original's schema checks it: <c>status</c> one of <c>done</c>, <c>failed</c>,
/// <c>excluded</c>; artifacts of type <c>rpm</c> or <c>build_log</c>; <c>stats</c> required, every value a string.
/// A body that breaks a rule gives the reason instead (answered 422).
/// </summary>
public static class BuildDoneReader
{
    public static readonly IReadOnlyList<string> Statuses = ["done", "failed", "excluded"];
    public static readonly IReadOnlyList<string> ArtifactTypes = ["rpm", "build_log"];

    public static (BuildDone? Report, string? Reason) Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "the body must be a JSON object");
        }

        if (!body.TryGetProperty("task_id", out var id) || id.ValueKind != JsonValueKind.Number || !id.TryGetInt32(out int taskId))
        {
            return (null, "task_id: an integer is required");
        }

        string? status = body.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        if (status is null || !Statuses.Contains(status))
        {
            return (null, $"status: one of 'done', 'failed', 'excluded' is required, not {Show(s)}");
        }

        var artifacts = new List<ReportedArtifact>();
        if (body.TryGetProperty("artifacts", out var list) && list.ValueKind != JsonValueKind.Null)
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                return (null, "artifacts: a list is required");
            }

            int n = 0;
            foreach (var artifact in list.EnumerateArray())
            {
                string? name = Text(artifact, "name");
                string? type = Text(artifact, "type");
                string? href = Text(artifact, "href");
                if (name is null || href is null)
                {
                    return (null, $"artifacts[{n}]: name and href are required");
                }

                if (type is null || !ArtifactTypes.Contains(type))
                {
                    return (null, $"artifacts[{n}].type: 'rpm' or 'build_log' is required, not {Show(artifact.ValueKind == JsonValueKind.Object && artifact.TryGetProperty("type", out var t) ? t : default)}");
                }

                artifacts.Add(new ReportedArtifact(name, type, href, Text(artifact, "sha256"), Text(artifact, "cas_hash")));
                n++;
            }
        }

        if (!body.TryGetProperty("stats", out var statsElement) || statsElement.ValueKind != JsonValueKind.Object)
        {
            return (null, "stats: an object of stages is required");
        }

        var stats = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var stage in statsElement.EnumerateObject())
        {
            if (stage.Value.ValueKind != JsonValueKind.Object)
            {
                return (null, $"stats.{stage.Name}: an object is required");
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var value in stage.Value.EnumerateObject())
            {
                if (value.Value.ValueKind != JsonValueKind.String)
                {
                    return (null, $"stats.{stage.Name}.{value.Name}: a string is required, not {Show(value.Value)}");
                }

                values[value.Name] = value.Value.GetString()!;
            }

            stats[stage.Name] = values;
        }

        bool cas = body.TryGetProperty("is_cas_authenticated", out var c) && c.ValueKind == JsonValueKind.True;
        return (new BuildDone(taskId, status, artifacts, stats, Text(body, "git_commit_hash"), cas, Text(body, "alma_commit_cas_hash")), null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Show(JsonElement value) => value.ValueKind == JsonValueKind.Undefined ? "nothing" : value.GetRawText();
}
