namespace Hooks.Plugins.Dashboard.Pages;

/// <summary>The page's own few rules, on top of the gateway's stylesheet (its colours, light and dark).</summary>
public static class PageStyle
{
    public const string Css = """
        main { max-width: none; }
        .scroll { overflow-x: auto; }
        table.grid { border-collapse: collapse; font-size: .82rem; }
        table.grid th.project { position: sticky; left: 0; background: var(--card); min-width: 12rem; }
        table.grid th.latest { font-weight: 700; }
        table.grid td { min-width: 5rem; }
        table.grid tbody tr:nth-child(even) td { background: var(--card); }
        ul.issues { margin: .2rem 0 0; padding-left: 1rem; font-weight: 400; font-size: .78rem; }
        .job { white-space: nowrap; }
        .job .name { display: inline-block; max-width: 9rem; overflow: hidden; text-overflow: ellipsis; vertical-align: bottom; }
        button.icon { border: 0; padding: 0 .2rem; cursor: pointer; background: none; font-weight: 700; }
        button.icon.failed { color: var(--bad); } button.icon.allowed { color: var(--warn); } button.icon.passed { color: var(--ok); } button.icon.other { color: var(--muted); }
        .chip { display: inline-block; margin-left: .2rem; padding: 0 .3rem; border-radius: 3px; background: #999; color: #fff; font: 11px ui-monospace, monospace; }
        .chip.unknown { background: var(--muted); }
        .deps, .runner { margin-left: .3rem; color: var(--muted); font-size: .75rem; }
        fieldset { border: 1px solid var(--line); border-radius: 4px; display: flex; gap: .5rem; align-items: center; }
        label.check { flex-direction: row !important; gap: .2rem; }
        aside#details section { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; background: var(--card); }
        #errors .jobs a { margin-left: .6rem; font-size: .8rem; }
        """;
}
