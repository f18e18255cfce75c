using System.Text.Json.Nodes;
using Hooks.Contracts.Events;
using Hooks.Gateway.Inbox;
using Hooks.Gateway.Normalisation;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Normalisation;

/// <summary>
/// Bitbucket sends one push for several refs (a branch and a tag pushed together, say): Cloud in
/// <c>push.changes[]</c>, Server in <c>changes[]</c>. Each change becomes its own event. The own corpus's pushes carry
/// one change each, so these tests add a second one (a tag) to one of them.
/// </summary>
public sealed class MultiChangePushFacts
{
    [Fact]
    public void Bitbucket_cloud_push_with_a_branch_and_a_tag_change_becomes_a_push_and_a_tag_push()
    {
        var body = JsonNode.Parse(WebhookFixture.Get("bitbucket-cloud", "repo-push-branch.json").Body)!;
        var changes = body["push"]!["changes"]!.AsArray();
        var tag = JsonNode.Parse(WebhookFixture.Get("bitbucket-cloud", "repo-push-tag-created.json").Body)!["push"]!["changes"]![0]!.DeepClone();
        changes.Add(tag);

        var events = Normaliser.Normalise(Delivery(Forge.BitbucketCloud, "repo:push", body));

        Assert.Collection(
            events,
            first => Assert.Equal(changes[0]!["new"]!["name"]!.GetValue<string>(), Assert.IsType<Push>(first).Branch),
            second => Assert.Equal(tag["new"]!["name"]!.GetValue<string>(), Assert.IsType<TagPush>(second).Tag));
        Assert.All(events, e => Assert.Equal(events[0].DeliveryId, e.DeliveryId));
    }

    [Fact]
    public void Bitbucket_server_refs_changed_with_two_changes_becomes_two_events()
    {
        var body = JsonNode.Parse(WebhookFixture.Get("bitbucket-server", "repo-refs_changed-branch.json").Body)!;
        var tag = JsonNode.Parse(WebhookFixture.Get("bitbucket-server", "repo-refs_changed-tag-created.json").Body)!["changes"]![0]!.DeepClone();
        body["changes"]!.AsArray().Add(tag);

        var events = Normaliser.Normalise(Delivery(Forge.BitbucketServer, "repo:refs_changed", body));

        Assert.Equal(2, events.Count);
        Assert.IsType<Push>(events[0]);
        var tagPush = Assert.IsType<TagPush>(events[1]);
        Assert.True(tagPush.Created);
        Assert.Equal(tag["ref"]!["displayId"]!.GetValue<string>(), tagPush.Tag);
    }

    private static Delivery Delivery(Forge forge, string eventName, JsonNode body) => new(
        Guid.NewGuid(), "test", forge, eventName, null, new Dictionary<string, string>(),
        System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()), DateTimeOffset.UtcNow, null);
}
