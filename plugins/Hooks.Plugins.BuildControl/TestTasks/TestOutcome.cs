using System.Text.Json.Nodes;
using Hooks.Plugins.BuildControl.Model;

namespace Hooks.Plugins.BuildControl.TestTasks;

/// <summary>
/// What a test result means, as the original decides: <c>revoked: true</c> is CANCELLED; a sub-test of <c>tests</c> with
/// <c>success</c> false, or any other stage (but <c>logs</c> and <c>skipped_tests</c>) without <c>success: true</c>, is
/// FAILED; anything else COMPLETED.
/// </summary>
public static class TestOutcome
{
    private static readonly string[] Ignored = ["logs", "skipped_tests", "revoked"];

    public static TestTaskStatus Of(JsonObject result)
    {
        if (result["revoked"] is JsonValue revoked && revoked.TryGetValue(out bool isRevoked) && isRevoked)
        {
            return TestTaskStatus.Cancelled;
        }

        foreach (var (stage, value) in result)
        {
            if (Ignored.Contains(stage))
            {
                continue;
            }

            bool passed = stage == "tests"
                ? value is JsonObject tests && tests.All(t => t.Value is not JsonObject test || Succeeded(test))
                : value is JsonObject outcome && Succeeded(outcome);
            if (!passed)
            {
                return TestTaskStatus.Failed;
            }
        }

        return TestTaskStatus.Completed;
    }

    private static bool Succeeded(JsonObject stage) => stage["success"] is JsonValue success && success.TryGetValue(out bool ok) && ok;
}
