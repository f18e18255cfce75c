using System.Net;
using Hooks.Gateway.Tests.Support;

namespace Hooks.Gateway.Tests.RunLogs;

/// <summary>Run logs are the admin's unless <c>Hooks:RunLogs:Public</c> makes them everyone's.</summary>
public sealed class RunLogAccessFacts
{
    [Theory]
    [InlineData(false, HttpStatusCode.Unauthorized)]
    [InlineData(true, HttpStatusCode.NotFound)]
    public async Task Log_without_a_token_is_refused_unless_logs_are_public(bool isPublic, HttpStatusCode expected)
    {
        using var gateway = new PluginGatewayFactory();
        gateway.Settings["Hooks:RunLogs:Public"] = isPublic ? "true" : "false";

        var response = await gateway.CreateClient().GetAsync("/runs/recorder/no-such-run/log");

        Assert.Equal(expected, response.StatusCode);
    }
}
