namespace Hooks.Plugins.Ci.Building;

/// <summary>A stage's lines as Ocelot ran them: <c>cd $WORKSPACE &amp;&amp; line1 &amp;&amp; line2 ...</c>, for <c>/bin/sh -c</c>.</summary>
public static class StageCommand
{
    public static string For(IEnumerable<string> script) =>
        "cd \"$WORKSPACE\" && " + string.Join(" && ", script.Where(line => !string.IsNullOrWhiteSpace(line)));
}
