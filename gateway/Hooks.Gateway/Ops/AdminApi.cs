using Hooks.Contracts.Plugins;
using Hooks.Gateway.Dispatch;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Plugins;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hooks.Gateway.Ops;

/// <summary>The admin API under <c>/api</c>: deliveries, their outcomes, replays, plugins.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization(HooksAuthorization.Admin);
        api.MapGet("/deliveries", ListDeliveriesAsync);
        api.MapGet("/deliveries/{id:guid}", GetDeliveryAsync);
        api.MapPost("/deliveries/{id:guid}/replay", ReplayAsync);
        api.MapGet("/plugins", ListPlugins);
        return endpoints;
    }

    private static async Task<Results<Ok<DeliveryPage>, BadRequest<ApiError>>> ListDeliveriesAsync(
        IInboxStore store,
        string? source,
        string? @event,
        string? kind,
        string? plugin,
        string? status,
        DateTimeOffset? since,
        DateTimeOffset? until,
        CancellationToken cancellationToken,
        int page = 1,
        int pageSize = 50)
    {
        OutcomeStatus? outcome = null;
        if (status is not null)
        {
            if (!Enum.TryParse<OutcomeStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
            {
                return TypedResults.BadRequest(new ApiError($"status must be one of {string.Join(", ", Enum.GetNames<OutcomeStatus>()).ToLowerInvariant()}"));
            }

            outcome = parsed;
        }

        if (kind is not null && !EventKinds.All.Contains(kind))
        {
            return TypedResults.BadRequest(new ApiError($"kind must be one of {string.Join(", ", EventKinds.All)}"));
        }

        if (page < 1 || pageSize is < 1 or > 500)
        {
            return TypedResults.BadRequest(new ApiError("page must be 1 or more, pageSize 1 to 500"));
        }

        var query = new DeliveryQuery(source, @event, outcome, page, pageSize, kind, plugin, since?.ToUniversalTime(), until?.ToUniversalTime());
        var items = await store.ListAsync(query, cancellationToken);
        var outcomes = (await store.OutcomesAsync([.. items.Select(i => i.Id)], cancellationToken)).ToLookup(o => o.DeliveryId);
        return TypedResults.Ok(new DeliveryPage(page, pageSize, [.. items.Select(i => DeliveryListItem.Of(i, outcomes[i.Id]))]));
    }

    private static async Task<Results<Ok<DeliveryView>, NotFound<ApiError>>> GetDeliveryAsync(Guid id, IInboxStore store, CancellationToken cancellationToken) =>
        await DeliveryView.LoadAsync(store, id, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound(new ApiError($"no delivery {id}"));

    private static async Task<Results<Accepted<ReplayAnswer>, NotFound<ApiError>, Conflict<ReplayAnswer>>> ReplayAsync(
        Guid id, string? plugin, Replayer replayer, CancellationToken cancellationToken)
    {
        ReplayResult? result;
        try
        {
            result = await replayer.ReplayAsync(id, plugin, cancellationToken);
        }
        catch (ArgumentException exception)
        {
            return TypedResults.NotFound(new ApiError(exception.Message));
        }

        if (result is null)
        {
            return TypedResults.NotFound(new ApiError($"no delivery {id}"));
        }

        string? error = result.Running.Count == 0 ? null : string.Join("; ", result.Running.Select(r =>
            $"plugin '{r.Key}' is running this delivery now (lease until {r.Value:O}); replay it once that run has finished"));
        var answer = new ReplayAnswer(id, result.Replayed, [.. result.Running.Keys], error);
        return result.Replayed.Count == 0 && result.Running.Count > 0
            ? TypedResults.Conflict(answer)
            : TypedResults.Accepted($"/api/deliveries/{id}", answer);
    }

    private static Ok<PluginInfo[]> ListPlugins(PluginCatalog plugins) => TypedResults.Ok(plugins.All
        .Select(p => new PluginInfo(
            p.Id, p.Name, p.Version, p.State.ToString().ToLowerInvariant(), p.Error, p.Folder, [.. p.HandledTypes.Select(t => t.Name)],
            [.. p.Queues.Select(q => q.Name)], p.Queues.ToDictionary(q => q.Name, q => q.Workers), p.Scopes))
        .ToArray());

    public sealed record ApiError(string Error);

    public sealed record DeliveryPage(int Page, int PageSize, IReadOnlyList<DeliveryListItem> Items);

    /// <summary>The plugins the delivery went to again, those left running it, and why (when any were).</summary>
    public sealed record ReplayAnswer(Guid Delivery, IReadOnlyList<string> Plugins, IReadOnlyList<string> Running, string? Error);

    public sealed record PluginInfo(
        string Id, string? Name, string? Version, string State, string? Error, string Folder, string[] Handles, string[] Queues, IReadOnlyDictionary<string, int> Workers,
        IReadOnlyList<string> Scopes);
}
