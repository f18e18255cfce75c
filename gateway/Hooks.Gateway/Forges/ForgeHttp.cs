using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Hooks.Gateway.Forges;

/// <summary>
/// The one HTTP client stack of every forge client: retries with exponential back-off and jitter on 5xx, 408 and
/// network errors, 429 honoured with its <c>Retry-After</c> (back-off when absent), a circuit per host, a timeout per
/// attempt and overall. A call that may have changed something (POST, PATCH) is retried only when it never reached the
/// server (no connection) or the server refused it unprocessed (429).
/// </summary>
public static class ForgeHttp
{
    public const string ClientName = "hooks-forges";

    public static IServiceCollection AddForgeHttp(this IServiceCollection services)
    {
        // The resilience handler's total timeout governs; HttpClient's own 100 s would cut it short.
        services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler(Resilience)
            .SelectPipelineByAuthority();
        return services;
    }

    public static void Resilience(HttpStandardResilienceOptions options)
    {
        options.Retry.MaxRetryAttempts = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.GetRequestMessage()?.Method));
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(30);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(2);
    }

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method)
    {
        bool mayRepeat = method is not null && method != HttpMethod.Post && method != HttpMethod.Patch;
        return outcome switch
        {
            { Result.StatusCode: HttpStatusCode.TooManyRequests } => true,
            { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } } => true,
            _ => mayRepeat && HttpClientResiliencePredicates.IsTransient(outcome),
        };
    }
}
