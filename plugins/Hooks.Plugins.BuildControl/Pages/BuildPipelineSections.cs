using System.Globalization;
using System.Text;
using Hooks.Plugins.BuildControl.Storage;
using static Hooks.Plugins.BuildControl.Pages.Html;

namespace Hooks.Plugins.BuildControl.Pages;

/// <summary>The parts of a build's page below its grid: test results per task and revision, signing, the release.</summary>
internal static class BuildPipelineSections
{
    public static string Render(BuildRecord build, BuildPipeline pipeline)
    {
        var html = new StringBuilder("<h2>Tests</h2>");
        if (pipeline.Tests.Count == 0)
        {
            html.Append("<p id=\"no-tests\">No test tasks.</p>");
        }
        else
        {
            html.Append("<table id=\"tests\"><thead><tr><th>Task</th><th>Revision</th><th>Package</th><th>Status</th><th>Failed stages</th></tr></thead><tbody>");
            var tasks = build.Tasks.ToDictionary(t => t.Id);
            foreach (var test in pipeline.Tests.OrderBy(t => t.BuildTaskId).ThenByDescending(t => t.Revision).ThenBy(t => t.Id))
            {
                string task = tasks.TryGetValue(test.BuildTaskId, out var owner) ? $"{E(owner.Platform?.Name)} {E(owner.Arch)}" : "";
                html.Append(CultureInfo.InvariantCulture, $"<tr data-test=\"{test.Id}\" data-task=\"{test.BuildTaskId}\" data-revision=\"{test.Revision}\"><td>#{test.BuildTaskId} {task}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{test.Revision}</td><td>{E(test.PackageName)}-{E(test.PackageVersion)}-{E(test.PackageRelease)}</td><td>{Badge(test.Status)}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td class=\"failures\">{E(string.Join(", ", FailedStages(test.Result)))}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("<h2>Signing</h2>");
        html.Append(build.IsSigned ? "<p id=\"signed\">Signed.</p>" : "<p id=\"signed\">Not signed.</p>");
        if (pipeline.SignTasks.Count > 0)
        {
            html.Append("<table id=\"signing\"><thead><tr><th>Sign task</th><th>Key</th><th>Status</th><th>Node</th><th>Finished</th><th>Error</th></tr></thead><tbody>");
            foreach (var sign in pipeline.SignTasks.OrderBy(s => s.Id))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr data-sign-task=\"{sign.Id}\"><td>#{sign.Id}</td><td><code>{E(sign.SignKey?.KeyId)}</code> {E(sign.SignKey?.Name)}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{Badge(sign.Status)}</td><td>{E(sign.NodeName)}</td><td>{Time(sign.FinishedAt)}</td><td class=\"error\">{E(sign.ErrorMessage)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("<h2>Release</h2>");
        return (pipeline.Release is { } release
            ? html.Append(CultureInfo.InvariantCulture, $"<p id=\"release\">Released by <a href=\"../releases#release-{release.Id}\">release #{release.Id}</a> {Badge(release.Status)}</p>")
            : html.Append("<p id=\"release\">Not released.</p>")).ToString();
    }

    private static bool IsFalse(System.Text.Json.Nodes.JsonNode? value) =>
        value is System.Text.Json.Nodes.JsonValue flag && flag.TryGetValue(out bool ok) && !ok;

    /// <summary>The stages and tests of an ALTS result that did not succeed.</summary>
    private static IEnumerable<string> FailedStages(string? result)
    {
        if (Api.Json.ObjectOf(result)["result"] is not System.Text.Json.Nodes.JsonObject stages)
        {
            yield break;
        }

        foreach (var (name, value) in stages)
        {
            if (name == "tests" && value is System.Text.Json.Nodes.JsonObject tests)
            {
                foreach (var (test, outcome) in tests)
                {
                    if (IsFalse(outcome?["success"]))
                    {
                        yield return test;
                    }
                }
            }
            else if (value is System.Text.Json.Nodes.JsonObject stage && IsFalse(stage["success"]))
            {
                yield return name;
            }
        }
    }
}
