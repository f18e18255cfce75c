using Hooks.Contracts.Forges.GitLab;
using Hooks.Plugins.Badges.Projects;
using Hooks.Plugins.Badges.Status;

namespace Hooks.Plugins.Badges.Tests.Status;

public sealed class StatusRulesFacts
{
    private static readonly GitLabLabel[] Labels =
        [new("D:Krios", "#FF0000"), new("CRITICAL", "#000000"), new("Information", "#0000FF"), new("Logbook", "#888888"), new("bug", "#FF00FF")];

    /// <summary>The old tool's rules, one row each: the open issues' labels for device Krios, and the status they give.</summary>
    public static TheoryData<string[][], DeviceStatus> Rules => new()
    {
        { [], DeviceStatus.Running },
        { [["bug"]], DeviceStatus.Running },
        { [["D:Krios"]], DeviceStatus.Limited },
        { [["D:Krios", "bug"]], DeviceStatus.Limited },
        { [["D:Krios", "CRITICAL"]], DeviceStatus.Down },
        { [["D:Krios", "Information"]], DeviceStatus.RunningInfo },
        { [["D:Krios", "Information"], ["D:Krios", "Information"]], DeviceStatus.RunningInfo },
        { [["D:Krios", "Information"], ["D:Krios"]], DeviceStatus.Limited },
        { [["D:Krios", "Information"], ["D:Krios", "CRITICAL"]], DeviceStatus.Down },
        { [["D:Krios"], ["D:Krios", "CRITICAL"], ["D:Krios", "Information"]], DeviceStatus.Down },
        { [["D:Krios", "CRITICAL", "Information"]], DeviceStatus.Down },
        { [["D:Krios", "Logbook"]], DeviceStatus.Running },
        { [["D:Krios", "Logbook", "CRITICAL"]], DeviceStatus.Running },
        { [["D:Krios", "Logbook"], ["D:Krios", "Information"]], DeviceStatus.RunningInfo },
        { [["d:krios", "critical"]], DeviceStatus.Down },
        { [["D:KRIOS", "information"]], DeviceStatus.RunningInfo },
        { [["D:Krios", "LOGBOOK", "Critical"]], DeviceStatus.Running },
        { [["CRITICAL"]], DeviceStatus.Running },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Device_status_follows_its_open_issues(string[][] issueLabels, DeviceStatus expected)
    {
        var issues = issueLabels.Select((labels, i) => Issue(i + 1, labels));

        var device = Assert.Single(StatusRules.Compute(Labels, issues, new LabelRules()));

        Assert.Equal(expected, device.Status);
        Assert.Equal("Krios", device.Name);
        Assert.Equal("#FF0000", device.Colour);
    }

    [Fact]
    public void Label_names_are_configurable_per_project()
    {
        var rules = new LabelRules { DevicePrefix = "Gerät/", Critical = "kaputt", Information = "Hinweis", Logbook = "Tagebuch" };
        GitLabLabel[] labels = [new("Gerät/Laser", "#FF0000"), new("Gerät/Pumpe", "#00FF00"), new("Gerät/Kamera", "#0000FF"), new("D:Krios", "#FF0000")];

        var devices = StatusRules.Compute(labels, [Issue(1, "Gerät/Laser", "KAPUTT"), Issue(2, "Gerät/Pumpe", "hinweis"), Issue(3, "Gerät/Kamera", "Tagebuch", "kaputt")], rules);

        Assert.Equal(["Laser", "Pumpe", "Kamera"], devices.Select(d => d.Name));
        Assert.Equal([DeviceStatus.Down, DeviceStatus.RunningInfo, DeviceStatus.Running], devices.Select(d => d.Status));
    }

    [Fact]
    public void A_device_lists_the_issues_behind_it_and_since_when_the_winning_problem_is_open()
    {
        var older = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        var newer = older.AddDays(5);
        GitLabIssue[] issues =
        [
            Issue(7, "D:Krios") with { CreatedAt = older },
            Issue(9, "D:Krios", "CRITICAL") with { CreatedAt = newer },
            Issue(8, "D:Krios", "Logbook") with { CreatedAt = older },
        ];

        var device = Assert.Single(StatusRules.Compute(Labels, issues, new LabelRules()));

        Assert.Equal([7L, 9L], device.Issues);
        Assert.Equal(newer, device.ProblemSince);
    }

    [Fact]
    public void Labels_differing_only_in_case_are_one_device()
    {
        GitLabLabel[] labels = [new("D:Krios", "#FF0000"), new("d:krios", "#FF0000")];

        Assert.Single(StatusRules.Compute(labels, [], new LabelRules()));
    }

    private static GitLabIssue Issue(long iid, params string[] labels) =>
        new(iid, $"issue {iid}", $"https://gitlab.example.org/x/-/issues/{iid}", labels, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
