namespace Hooks.Plugins.Ci.Configuration;

/// <summary>One stage: its lines run as <c>cd $WORKSPACE &amp;&amp; line1 &amp;&amp; line2 ...</c>.</summary>
/// <param name="Name">The name as written (empty when the file gave none).</param>
/// <param name="Script">The lines.</param>
/// <param name="Env">The stage's own <c>KEY=VALUE</c> entries, after the file's.</param>
/// <param name="LegacyBranches">The legacy <c>trigger.branches</c>, or null; used only when <paramref name="Triggers"/> is null.</param>
/// <param name="Triggers">The <c>triggers</c> directives, or null; any one fulfilled lets the stage run.</param>
/// <param name="Timeout">The stage's own time limit (<c>timeout:</c>, an extension of Ocelot's format), or null.</param>
public sealed record StageConfig(
    string Name,
    IReadOnlyList<string> Script,
    IReadOnlyList<string> Env,
    IReadOnlyList<string>? LegacyBranches,
    IReadOnlyList<string>? Triggers,
    TimeSpan? Timeout);
