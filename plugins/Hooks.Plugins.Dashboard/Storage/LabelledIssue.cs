namespace Hooks.Plugins.Dashboard.Storage;

/// <summary>An open issue carrying the dashboard's label, shown beside its project.</summary>
public sealed record LabelledIssue(long Iid, string Title, string Url);
