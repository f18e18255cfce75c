using System.Text.Json.Nodes;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.TestTasks;

namespace Hooks.Plugins.BuildControl.Tests.Model;

public sealed class TestOutcomeFacts
{
    [Theory]
    [InlineData("""{"revoked": true}""", TestTaskStatus.Cancelled)]
    [InlineData("""{"install_package": {"success": true}, "tests": {"a": {"success": true}}, "logs": [], "skipped_tests": ["b"]}""", TestTaskStatus.Completed)]
    [InlineData("""{"install_package": {"success": true}, "tests": {"a": {"success": true}, "b": {"success": false}}}""", TestTaskStatus.Failed)]
    [InlineData("""{"install_package": {"success": false}}""", TestTaskStatus.Failed)]
    [InlineData("""{"prepare_environment": {"output": "no success field"}}""", TestTaskStatus.Failed)]
    [InlineData("""{"third_party": {"x": {"success": true}}}""", TestTaskStatus.Failed)]
    public void A_result_decides_the_status_as_the_original(string result, TestTaskStatus expected) =>
        Assert.Equal(expected, TestOutcome.Of(JsonNode.Parse(result)!.AsObject()));
}
