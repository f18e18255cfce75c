using Hooks.Gateway.Dispatch;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;
using Hooks.Gateway.Plugins;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hooks.Gateway.Ops;

/// <summary>The admin API under <c>/api</c>: deliveries, their outcomes, replays, plugins.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapGet("/deliveries", ListDeliveriesAsync);
        api.MapGet("/deliveries/{id:guid}", GetDeliveryAsync);
        api.MapPost("/deliveries/{id:guid}/replay", ReplayAsync);
        api.MapGet("/plugins", ListPlugins);
        return endpoints;
    }

    private static async Task<Results<Ok<DeliveryPage>, BadRequest<ApiError>>> ListDeliveriesAsync(
        IInboxStore store, string? source, string? @event, string? status, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        OutcomeStatus? outcome = null;
        if (status is not null)
        {
            if (!Enum.TryParse<OutcomeStatus>(status, ignoreCase: true, out var parsed))
            {
                return TypedResults.BadRequest(new ApiError($"status must be one of {string.Join(", ", Enum.GetNames<OutcomeStatus>()).ToLowerInvariant()}"));
            }

            outcome = parsed;
        }

        if (page < 1 || pageSize is < 1 or > 500)
        {
            return TypedResults.BadRequest(new ApiError("page must be 1 or more, pageSize 1 to 500"));
        }

        var items = await store.ListAsync(new DeliveryQuery(source, @event, outcome, page, pageSize), cancellationToken);
        return TypedResults.Ok(new DeliveryPage(page, pageSize, items));
    }

    private static async Task<Results<Ok<DeliveryDetails>, NotFound<ApiError>>> GetDeliveryAsync(Guid id, IInboxStore store, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } delivery)
        {
            return TypedResults.NotFound(new ApiError($"no delivery {id}"));
        }

        object[] events;
        string? normalisationError = null;
        try
        {
            events = [.. Normaliser.Normalise(delivery).Select(e => (object)e)];
        }
        catch (System.Text.Json.JsonException exception)
        {
            events = [];
            normalisationError = exception.Message;
        }

        var outcomes = await store.OutcomesAsync(id, cancellationToken);
        return TypedResults.Ok(new DeliveryDetails(
            delivery.Id, delivery.Source, delivery.Forge.ToString(), delivery.EventName, delivery.DeliveryKey, delivery.ReceivedAt,
            delivery.DispatchedAt, delivery.Headers, events, normalisationError, outcomes));
    }

    private static async Task<Results<Accepted<ReplayAnswer>, NotFound<ApiError>>> ReplayAsync(
        Guid id, string? plugin, Replayer replayer, CancellationToken cancellationToken)
    {
        try
        {
            return await replayer.ReplayAsync(id, plugin, cancellationToken) is { } replayed
                ? TypedResults.Accepted($"/api/deliveries/{id}", new ReplayAnswer(id, replayed))
                : TypedResults.NotFound(new ApiError($"no delivery {id}"));
        }
        catch (ArgumentException exception)
        {
            return TypedResults.NotFound(new ApiError(exception.Message));
        }
    }

    private static Ok<PluginInfo[]> ListPlugins(PluginCatalog plugins) => TypedResults.Ok(plugins.All
        .Select(p => new PluginInfo(p.Id, p.Name, p.Version, p.State.ToString().ToLowerInvariant(), p.Error, p.Folder, [.. p.HandledTypes.Select(t => t.Name)], p.Queues))
        .ToArray());

    public sealed record ApiError(string Error);

    public sealed record DeliveryPage(int Page, int PageSize, IReadOnlyList<DeliverySummary> Items);

    public sealed record DeliveryDetails(
        Guid Id,
        string Source,
        string Forge,
        string Event,
        string? DeliveryKey,
        DateTimeOffset ReceivedAt,
        DateTimeOffset? DispatchedAt,
        IReadOnlyDictionary<string, string> Headers,
        object[] Events,
        string? NormalisationError,
        IReadOnlyList<PluginOutcome> Outcomes);

    public sealed record ReplayAnswer(Guid Delivery, IReadOnlyList<string> Plugins);

    public sealed record PluginInfo(string Id, string? Name, string? Version, string State, string? Error, string Folder, string[] Handles, IReadOnlyList<string> Queues);
}
