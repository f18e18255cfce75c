using System.Text.Json;
using Hooks.Contracts.Events;

namespace Hooks.Gateway.Normalisation;

/// <summary>What a forge normaliser reads: the event name (and Gitea's finer event type) and the JSON body.</summary>
internal sealed record ForgePayload(string EventName, string? EventType, JsonElement Root);

/// <summary>One forge's normaliser: pure functions from a payload to event records.</summary>
internal interface IForgeNormaliser
{
    /// <summary>The events of the payload, without the fields every event shares (the caller stamps those).</summary>
    IEnumerable<HookEvent> Events(ForgePayload payload);

    RepositoryRef? Repository(ForgePayload payload);

    Actor? Sender(ForgePayload payload);
}
