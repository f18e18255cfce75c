namespace Hooks.Plugins.Badges.Tests.Support;

/// <summary>A facility's project: three red microscopes, a green one, the traffic-light labels, and issues behind them.</summary>
public static class Facility
{
    public const string Red = "#FF0000";
    public const string Green = "#00B140";

    public static void Stock(FakeGitLab gitLab) => gitLab.Change(g =>
    {
        g.Labels.AddRange([
            new FakeLabel("D:Krios", Red), new FakeLabel("D:Talos", Green), new FakeLabel("D:Glacios", Red), new FakeLabel("D:Arctica", Red),
            new FakeLabel("critical", "#000000"), new FakeLabel("Information", "#0000FF"), new FakeLabel("Logbook", "#888888")]);
        g.Issues.AddRange([
            FakeIssue.Open(1, "Stage drifts", "D:Krios", "critical"),
            FakeIssue.Open(2, "New detector firmware", "D:Talos", "Information"),
            FakeIssue.Open(3, "Weekly alignment", "D:Glacios", "Logbook"),
            FakeIssue.Open(4, "Autoloader slow", "D:Arctica"),
            FakeIssue.Open(5, "Password of the control PC", "D:Arctica") with { Confidential = true }]);
        g.Badges.Add(new FakeBadge(1, "Pipeline", "https://ci.example.org", "https://ci.example.org/badge.svg"));
        g.Badges.Add(new FakeBadge(2, "hooks-badges:D:FromTheGroup", "https://example.org", "https://example.org/x.svg", "group"));
    });
}
