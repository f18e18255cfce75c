using System.Text.Json;
using Hooks.Plugins.BuildControl.Nodes;
using Hooks.Plugins.BuildControl.Tests.Support;

namespace Hooks.Plugins.BuildControl.Tests.Nodes;

public sealed class BuildDoneReaderFacts
{
    private static (BuildDone? Report, string? Reason) Read(string json) => BuildDoneReader.Read(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void What_albs_node_sends_is_read_whole()
    {
        var (report, reason) = BuildDoneReader.Read(JsonSerializer.SerializeToElement(SimulatedNode.Report(7, "done", "x86_64", "bash-5.1")));

        Assert.Null(reason);
        Assert.Equal(7, report!.TaskId);
        Assert.Equal(["bash-5.1.x86_64.rpm", "mock_build.7.1700000000.log"], report.Artifacts.Select(a => a.Name));
        Assert.Equal(new string('a', 64), report.Artifacts[0].Sha256);
        Assert.Equal("0:10:00.000001", report.Stats["build_node_task"]["delta"]);
    }

    [Theory]
    [InlineData("""{"task_id": 1, "status": "cancelled", "stats": {}}""", "status: one of 'done', 'failed', 'excluded' is required, not \"cancelled\"")]
    [InlineData("""{"task_id": 1, "status": "done", "artifacts": [{"name": "a", "type": "srpm", "href": "/x"}], "stats": {}}""", "artifacts[0].type: 'rpm' or 'build_log' is required, not \"srpm\"")]
    [InlineData("""{"task_id": 1, "status": "done", "stats": {"upload": {"delta": 1.5}}}""", "stats.upload.delta: a string is required, not 1.5")]
    [InlineData("""{"task_id": 1, "status": "done"}""", "stats: an object of stages is required")]
    [InlineData("""{"status": "done", "stats": {}}""", "task_id: an integer is required")]
    public void A_report_breaking_the_schema_gives_the_reason(string json, string expected) => Assert.Equal(expected, Read(json).Reason);
}
