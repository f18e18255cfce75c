using System.Net;
using Hooks.Gateway.Forges;
using Polly;

namespace Hooks.Gateway.Tests.Forges;

/// <summary>Which failures the forge clients' retry repeats: never a POST or PATCH that may have reached the server.</summary>
public sealed class ForgeHttpFacts
{
    [Theory]
    [InlineData("GET", 503, true)]
    [InlineData("PUT", 502, true)]
    [InlineData("DELETE", 500, true)]
    [InlineData("GET", 404, false)]
    [InlineData("POST", 503, false)]
    [InlineData("PATCH", 500, false)]
    [InlineData("POST", 429, true)]
    [InlineData("GET", 429, true)]
    public void Answers_are_retried_only_where_repeating_is_safe(string method, int status, bool retried)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(retried, ForgeHttp.ShouldRetry(Outcome.FromResult(response), new HttpMethod(method)));
    }

    [Theory]
    [InlineData("POST", HttpRequestError.ConnectionError, true)]
    [InlineData("POST", HttpRequestError.NameResolutionError, true)]
    [InlineData("POST", HttpRequestError.ResponseEnded, false)]
    [InlineData("GET", HttpRequestError.ResponseEnded, true)]
    public void Network_errors_repeat_a_post_only_when_it_never_reached_the_server(string method, HttpRequestError error, bool retried) =>
        Assert.Equal(retried, ForgeHttp.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException(error, "failed")), new HttpMethod(method)));
}
