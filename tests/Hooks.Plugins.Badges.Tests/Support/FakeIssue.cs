namespace Hooks.Plugins.Badges.Tests.Support;

public sealed record FakeIssue(long Iid, string Title, string[] Labels, string State, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public bool Confidential { get; init; }

    public static FakeIssue Open(long iid, string title, params string[] labels) =>
        new(iid, title, labels, "opened", DateTimeOffset.UtcNow.AddDays(-2), DateTimeOffset.UtcNow.AddHours(-iid));
}
