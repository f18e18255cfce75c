using System.Text;
using Hooks.Contracts.Events;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Normalisation;

/// <summary>
/// The own corpus covers what the normalisers do: every kind of event (and action) each forge can produce has a
/// fixture, unless <see cref="NotSent"/> says why not, and every documented event name a normaliser maps has one. A
/// new mapping, a new event record or a new action fails here until a fixture shows it.
/// </summary>
public sealed class EventCoverageFacts
{
    private static readonly Lazy<HashSet<(Forge Forge, string Facet)>> Produced = new(() =>
    [
        .. WebhookCorpus.Own.Fixtures.SelectMany(fixture => Normaliser.Normalise(Delivery(fixture.Forge, fixture.EventName, fixture.Body, fixture.EventHeaders))
            .Select(hookEvent => (fixture.Forge, EventFacet.Of(hookEvent)))),
    ]);

    [Fact]
    public void Every_kind_of_event_each_forge_sends_has_an_own_fixture()
    {
        var missing = Enum.GetValues<Forge>()
            .SelectMany(forge => EventFacet.All.Select(facet => (forge, facet)))
            .Where(pair => !NotSent.Reasons.ContainsKey(pair) && !Produced.Value.Contains(pair))
            .Select(pair => $"{pair.forge}: {pair.facet}")
            .ToList();

        Assert.True(missing.Count == 0, $"no own fixture shows (add one, or say in NotSent why the forge cannot send it):\n{string.Join("\n", missing)}");
    }

    [Fact]
    public void No_own_fixture_shows_what_its_forge_is_said_not_to_send()
    {
        var contradicted = NotSent.Reasons.Keys.Where(Produced.Value.Contains).Select(pair => $"{pair.Forge}: {pair.Facet} ({NotSent.Reasons[pair]})").ToList();

        Assert.True(contradicted.Count == 0, $"NotSent is out of date:\n{string.Join("\n", contradicted)}");
        Assert.All(NotSent.Reasons.Keys, pair => Assert.Contains(pair.Facet, EventFacet.All));
    }

    [Fact]
    public void Every_documented_event_name_a_normaliser_maps_has_an_own_fixture()
    {
        var missing = DocumentedEvents.ByForge
            .SelectMany(forge => forge.Value.Select(name => (Forge: forge.Key, Name: name)))
            .Where(pair => Maps(pair.Forge, pair.Name))
            .Where(pair => !WebhookCorpus.Own.Fixtures.Any(fixture => fixture.Forge == pair.Forge && fixture.EventName == pair.Name))
            .Select(pair => $"{pair.Forge}: {pair.Name}")
            .ToList();

        Assert.True(missing.Count == 0, $"mapped, but no own fixture is sent as:\n{string.Join("\n", missing)}");
        Assert.True(Maps(Forge.GitHub, "push") && !Maps(Forge.GitHub, "star"), "the probe tells a mapped event from an unmapped one");
    }

    /// <summary>
    /// Whether the forge's normaliser turns the event name into anything but one <see cref="Other"/>, asked with an empty
    /// body (GitLab, which also reads <c>object_kind</c>, with each kind a push or the hook's name can carry).
    /// </summary>
    private static bool Maps(Forge forge, string eventName)
    {
        string[] bodies = forge == Forge.GitLab
            ? [.. new[] { "push", "tag_push", ObjectKind(eventName) }.Select(kind => $"{{\"object_kind\": \"{kind}\"}}")]
            : ["{}"];
        return bodies.Any(body =>
            Normaliser.Normalise(Delivery(forge, eventName, Encoding.UTF8.GetBytes(body), new Dictionary<string, string>())) is not [Other]);
    }

    /// <summary>GitLab's <c>object_kind</c> for a hook: <c>Merge Request Hook</c> is <c>merge_request</c>.</summary>
    private static string ObjectKind(string eventName) =>
        eventName.Replace(" Hook", "", StringComparison.Ordinal).Replace("Confidential ", "", StringComparison.Ordinal)
            .Replace(' ', '_').ToLowerInvariant();

    private static Delivery Delivery(Forge forge, string eventName, byte[] body, IReadOnlyDictionary<string, string> headers) =>
        new(Guid.NewGuid(), "coverage", forge, eventName, null, headers, body, DateTimeOffset.UtcNow, null);
}
