namespace Hooks.Plugins.Badges.Pages;

/// <summary>What the badges pages add to the gateway's shared layout and stylesheet: their own classes and script.</summary>
public static class PageStyle
{
    public const string Css = """
        h1 { margin-bottom: .2rem; } .meta { color: var(--muted); margin-top: 0; }
        .error { background: #fdecea; border: 1px solid #e05d44; padding: .6rem 1rem; border-radius: 4px; }
        .group { margin: 1.5rem 0; } .group h2 { font-size: 1rem; display: flex; align-items: center; gap: .5rem; }
        .swatch { width: 1rem; height: 1rem; border-radius: 3px; display: inline-block; border: 1px solid #0002; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; }
        .group th:nth-child(1) { width: 17%; } .group th:nth-child(2) { width: 12%; } .group th:nth-child(3) { width: 8%; }
        .group th:nth-child(4) { width: 24%; } .group th:nth-child(5) { width: 31%; } .group th:nth-child(6) { width: 8%; } th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #eee; vertical-align: top; }
        .status { font-weight: 600; white-space: nowrap; }
        .running { color: #2b8a0e; } .info { color: #007ec6; } .limited { color: #a07c00; } .down { color: #c0392b; }
        .bar { display: flex; gap: 1px; } .bar span { flex: 1; min-width: 2px; height: 22px; border-radius: 1px; background: #ddd; }
        .bar span.running, .bar span.info { background: #44cc11; } .bar span.limited { background: #dfb317; } .bar span.down { background: #e05d44; }
        .issues { margin: 0; padding-left: 1rem; } .labels { color: #666; font-size: .85em; }
        """;

    /// <summary>Keeps every <c>time[data-ago]</c> saying how long ago, and reloads a visible page every two minutes (wall displays).</summary>
    public const string Script = """
        function ago(t) {
          const s = (Date.now() - Date.parse(t.getAttribute('datetime'))) / 1000;
          const text = s < 60 ? 'just now' : s < 3600 ? Math.floor(s / 60) + ' min ago' : s < 86400 ? Math.floor(s / 3600) + ' h ago' : Math.floor(s / 86400) + ' d ago';
          t.textContent = text; t.dataset.ago = 'live';
        }
        function tick() { document.querySelectorAll('time[data-ago]').forEach(ago); }
        tick(); setInterval(tick, 30000);
        setInterval(() => { if (!document.hidden) location.reload(); }, 120000);
        """;
}
