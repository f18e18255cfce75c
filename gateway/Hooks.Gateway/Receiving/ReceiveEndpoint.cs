using System.Diagnostics;
using Hooks.Contracts.Events;
using Hooks.Gateway.Dispatch;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Ops;
using Hooks.Gateway.Sources;
using Hooks.Gateway.Verification;
using Microsoft.Extensions.Options;

namespace Hooks.Gateway.Receiving;

/// <summary><c>POST /hooks/{source}</c>: verify, store, answer 202. Nothing else happens on the request path.</summary>
public static class ReceiveEndpoint
{
    public static IEndpointRouteBuilder MapHooksReceiver(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/hooks/{source}", ReceiveAsync).WithName("ReceiveDelivery").AllowAnonymous(); // forges prove themselves by signature
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        string source,
        HttpRequest request,
        SourceRegistry sources,
        InboxWriter inbox,
        IOptions<ReceiveOptions> options,
        TimeProvider time,
        GatewayMetrics metrics,
        SourceActivity activity,
        CancellationToken cancellationToken)
    {
        var refusals = new Refusals(metrics, activity);
        if (sources.Get(source) is not { } known)
        {
            return Answers.Error(StatusCodes.Status404NotFound, $"unknown source '{source}'");
        }

        string? eventName = ForgeHeaders.EventName(known.Forge, request.Headers);
        if (known.Forge == Forge.BitbucketServer && eventName == "diagnostics:ping")
        {
            return TypedResults.Ok(new { ping = "ok" });
        }

        long maxBytes = options.Value.MaxBodyBytes;
        if (await BodyReader.ReadAsync(request, maxBytes, cancellationToken) is not { } body)
        {
            return refusals.Refuse(known, eventName, StatusCodes.Status413PayloadTooLarge, "body too large", $"body is larger than {maxBytes} bytes");
        }

        var now = time.GetUtcNow();
        var verification = DeliveryVerifier.Verify(known, request.Headers, body, now);
        if (!verification.Accepted)
        {
            return refusals.Refuse(known, eventName, StatusCodes.Status401Unauthorized, Refusals.Reason(verification.Outcome), verification.Message);
        }

        if (eventName is null)
        {
            return refusals.Refuse(known, eventName, StatusCodes.Status400BadRequest, "no event header", $"missing event header for a {known.Forge} source");
        }

        if (JsonPayload.Extract(request.ContentType, body) is not { } json)
        {
            return refusals.Refuse(known, eventName, StatusCodes.Status400BadRequest, "not JSON", "body is not a JSON object (nor a form with a JSON 'payload' field)");
        }

        using var trace = GatewayTracing.StartReceive(request.Headers.TraceParent.ToString() is { Length: > 0 } parent ? parent : null);
        trace?.SetTag("hooks.source", known.Name);
        string? deliveryKey = ForgeHeaders.DeliveryKey(known.Forge, request.Headers);
        var delivery = new Delivery(
            DeliveryIds.For(known.Name, deliveryKey),
            known.Name,
            known.Forge,
            eventName,
            deliveryKey,
            StoredHeaders(request.Headers),
            json,
            now,
            Activity.Current?.Id);
        try
        {
            // Not cancelled by a sender that hangs up: once queued, the delivery is stored and counted either way.
            var stored = await inbox.StoreAsync(delivery, CancellationToken.None);
            metrics.Received(known.Name, eventName, stored.Duplicate ? "duplicate" : "accepted");
            activity.Accepted(known.Name, stored.Duplicate);
            return Answers.Accepted(stored.Id, stored.Duplicate);
        }
        catch (StoreUnavailableException exception)
        {
            return refusals.Refuse(known, eventName, StatusCodes.Status503ServiceUnavailable, "store unavailable", exception.Message + "; the delivery was not accepted, send it again");
        }
    }

    private static Dictionary<string, string> StoredHeaders(IHeaderDictionary headers)
    {
        var kept = new Dictionary<string, string>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            if (!ForgeHeaders.Secret.Contains(name))
            {
                kept[name] = value.ToString();
            }
        }

        return kept;
    }
}
