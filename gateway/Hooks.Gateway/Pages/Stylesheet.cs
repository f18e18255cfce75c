namespace Hooks.Gateway.Pages;

/// <summary><c>/assets/hooks.css</c>: the one stylesheet of the gateway's and the plugins' pages, light and dark.</summary>
public static class Stylesheet
{
    public const string Css = """
        :root { --bg: #fff; --fg: #1d2125; --muted: #68707a; --line: #e3e6ea; --card: #f6f8fa; --accent: #0b62c4;
                --ok: #1f7a1f; --warn: #9a6b00; --bad: #c0392b; --run: #0b62c4; color-scheme: light dark; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #15181c; --fg: #e3e6ea; --muted: #9aa3ad; --line: #2c3238; --card: #1d2126; --accent: #6aa8f0;
                  --ok: #6cc46c; --warn: #e0b040; --bad: #ef6f61; --run: #6aa8f0; } }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, sans-serif; background: var(--bg); color: var(--fg); }
        a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
        header.top { display: flex; gap: 1.5rem; align-items: center; padding: .7rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--card); }
        header.top .brand { font-weight: 700; font-size: 1.1rem; color: var(--fg); }
        header.top nav { display: flex; gap: 1rem; flex-wrap: wrap; }
        main { max-width: 80rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { color: var(--muted); font-weight: 600; font-size: .85rem; }
        code, pre { font: 13px/1.4 ui-monospace, monospace; } pre { background: var(--card); padding: .8rem; overflow: auto; border-radius: 6px; max-height: 32rem; }
        .muted { color: var(--muted); } .error { color: var(--bad); }
        .succeeded, .loaded, .yes { color: var(--ok); } .failed, .broken, .no { color: var(--bad); }
        .retrying, .disabled { color: var(--warn); } .pending, .running { color: var(--run); }
        form.filters { display: flex; gap: .5rem; flex-wrap: wrap; align-items: end; margin: .5rem 0 1rem; }
        form.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
        input, select, button { font: inherit; padding: .25rem .4rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); }
        button { cursor: pointer; background: var(--card); } button:hover { border-color: var(--accent); }
        """;
}
