using Hooks.Contracts.Events;

namespace Hooks.Plugins.BuildControl.Triggers;

/// <summary>A pushed tag or branch, as a trigger sees it.</summary>
public sealed record PushedRef(HookEvent Event, bool IsTag, string Name, string FullRef, string Commit, bool Deleted);
