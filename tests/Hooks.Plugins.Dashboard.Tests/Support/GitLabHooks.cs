using System.Globalization;
using System.Text.Json.Nodes;
using Hooks.Testing;

namespace Hooks.Plugins.Dashboard.Tests.Support;

/// <summary>
/// Pipeline Hook and Job Hook bodies made from the own corpus's GitLab fixtures (<c>pipeline-schedule-failed.json</c>,
/// <c>job-failed.json</c>), with the project, ids, statuses and times a test needs.
/// </summary>
public static class GitLabHooks
{
    public static JsonObject Pipeline(FakeProject project, long id, string status, string user, string source, DateTimeOffset createdAt, params FakeJob[] jobs)
    {
        var body = Fixture("pipeline-schedule-failed.json");
        var attributes = body["object_attributes"]!.AsObject();
        attributes["id"] = id;
        attributes["status"] = status;
        attributes["source"] = source;
        attributes["created_at"] = Gitlab(createdAt);
        attributes["finished_at"] = status is "running" or "pending" ? null : Gitlab(createdAt.AddMinutes(11));
        body["user"]!["username"] = user;
        body["project"]!["id"] = project.Id;
        body["project"]!["path_with_namespace"] = project.Path;
        body["project"]!["web_url"] = project.WebUrl;
        var template = body["builds"]![0]!.DeepClone().AsObject();
        body["builds"] = new JsonArray([.. jobs.Select(job =>
        {
            var build = template.DeepClone().AsObject();
            build["id"] = job.Id;
            build["name"] = job.Name;
            build["stage"] = job.Stage;
            build["status"] = job.Status;
            build["allow_failure"] = job.AllowFailure;
            build["failure_reason"] = job.Status == "failed" ? "script_failure" : null;
            build["started_at"] = Gitlab(createdAt.AddMinutes(1));
            build["finished_at"] = Gitlab(createdAt.AddMinutes(10));
            return (JsonNode)build;
        })]);
        return body;
    }

    public static JsonObject Job(FakeProject project, long pipelineId, FakeJob job, DateTimeOffset startedAt)
    {
        var body = Fixture("job-failed.json");
        body["build_id"] = job.Id;
        body["build_name"] = job.Name;
        body["build_stage"] = job.Stage;
        body["build_status"] = job.Status;
        body["build_allow_failure"] = job.AllowFailure;
        body["build_failure_reason"] = job.Status == "failed" ? "script_failure" : null;
        body["build_started_at"] = Gitlab(startedAt);
        body["build_finished_at"] = job.Status is "running" or "pending" ? null : Gitlab(startedAt.AddMinutes(9));
        body["pipeline_id"] = pipelineId;
        body["project_id"] = project.Id;
        body["commit"]!["id"] = pipelineId;
        body["repository"]!["homepage"] = project.WebUrl;
        body["repository"]!["git_http_url"] = project.WebUrl + ".git";
        return body;
    }

    private static JsonObject Fixture(string file) => JsonNode.Parse(WebhookFixture.Get("gitlab", file).Body)!.AsObject();

    private static string Gitlab(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
}
