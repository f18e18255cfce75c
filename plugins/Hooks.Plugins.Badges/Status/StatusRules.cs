using Hooks.Contracts.Forges.GitLab;
using Hooks.Plugins.Badges.Projects;

namespace Hooks.Plugins.Badges.Status;

/// <summary>
/// The traffic light: each project label with the device prefix is a device; its open issues decide its status.
/// An issue with the critical label makes it DOWN, one with the information label RUNNING | INFO, any other LIMITED;
/// the most severe wins, logbook issues are ignored, and no issue means RUNNING. Labels compare without regard to case.
/// </summary>
public static class StatusRules
{
    public static IReadOnlyList<DeviceState> Compute(IEnumerable<GitLabLabel> labels, IEnumerable<GitLabIssue> openIssues, LabelRules rules)
    {
        var issues = openIssues.Where(issue => !Has(issue, rules.Logbook)).ToList();
        return [.. labels
            .Where(label => label.Name.StartsWith(rules.DevicePrefix, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(label => label.Name, StringComparer.OrdinalIgnoreCase)
            .Select(label => Device(label, issues.Where(issue => Has(issue, label.Name)).ToList(), rules))];
    }

    public static DeviceStatus Severity(GitLabIssue issue, LabelRules rules) =>
        Has(issue, rules.Critical) ? DeviceStatus.Down
        : Has(issue, rules.Information) ? DeviceStatus.RunningInfo
        : DeviceStatus.Limited;

    private static DeviceState Device(GitLabLabel label, List<GitLabIssue> issues, LabelRules rules)
    {
        var status = issues.Count == 0 ? DeviceStatus.Running : issues.Max(issue => Severity(issue, rules));
        DateTimeOffset? since = issues.Count == 0 ? null : issues.Where(issue => Severity(issue, rules) == status).Min(issue => issue.CreatedAt);
        string name = label.Name[rules.DevicePrefix.Length..].Trim();
        return new DeviceState(label.Name, name.Length == 0 ? label.Name : name, label.Color, status, [.. issues.Select(issue => issue.Iid).Order()], since);
    }

    private static bool Has(GitLabIssue issue, string label) =>
        label.Length > 0 && issue.Labels.Contains(label, StringComparer.OrdinalIgnoreCase);
}
