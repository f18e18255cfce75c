using Hooks.Plugins.Dashboard.Patterns;

namespace Hooks.Plugins.Dashboard.View;

/// <summary><c>GET /plugins/dashboard/api/errors</c>: the period's most prevalent errors and its new ones.</summary>
public sealed record ErrorsView(DateOnly From, DateOnly To, IReadOnlyList<ErrorCount> Prevalent, IReadOnlyList<ErrorCount> New);

/// <summary>An error text, the pattern that found it, in how many jobs of the period, when it was first seen, and those jobs.</summary>
public sealed record ErrorCount(string Text, string Pattern, PatternKind Kind, int Jobs, DateOnly FirstSeen, IReadOnlyList<ErrorJob> JobList);

/// <summary>A job that had an error.</summary>
public sealed record ErrorJob(long Id, string Project, string Name, DateOnly Day, string? Url);
