namespace Hooks.Gateway.Pages;

/// <summary>
/// <c>/assets/console.js</c>: keeps the deliveries list current (new deliveries appear without a reload) and a
/// delivery's outcomes too, and sends replays. It reads the admin API with the page's own credentials.
/// </summary>
public static class ConsoleScript
{
    public const string Js = """
        const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
        const utc = v => v && !/[zZ]|[+-]\d\d:\d\d$/.test(v) ? v + 'Z' : v;

        async function refreshDeliveries(body) {
          const filters = new URLSearchParams(location.search), query = new URLSearchParams({ pageSize: '50' });
          for (const name of ['source', 'kind', 'plugin', 'status']) if (filters.get(name)) query.set(name, filters.get(name));
          for (const name of ['since', 'until']) if (filters.get(name)) query.set(name, utc(filters.get(name)));
          const answer = await fetch('/api/deliveries?' + query, { credentials: 'same-origin' });
          if (!answer.ok) { body.innerHTML = `<tr><td colspan="5" class="error">${esc((await answer.json()).error)}</td></tr>`; return; }
          const page = await answer.json();
          body.innerHTML = page.items.length === 0 ? '<tr><td colspan="5" class="muted">no deliveries</td></tr>' : page.items.map(d =>
            `<tr data-delivery="${d.id}"><td><a href="/deliveries/${d.id}"><time datetime="${d.receivedAt}">${new Date(d.receivedAt).toISOString().replace('T', ' ').slice(0, 19)}Z</time></a></td>` +
            `<td>${esc(d.source)}</td><td>${esc(d.eventName)}</td><td>${esc(d.kinds.join(', '))}</td>` +
            `<td>${d.outcomes.map(o => `<span class="${o.status}" title="${o.attempts} attempt(s)">${esc(o.plugin)}: ${o.status}</span>`).join(' ') || '<span class="muted">none</span>'}</td></tr>`).join('');
          document.getElementById('live').textContent = 'live, updated ' + new Date().toLocaleTimeString();
        }

        async function refreshOutcomes(body) {
          const answer = await fetch('/api/deliveries/' + body.dataset.delivery, { credentials: 'same-origin' });
          if (!answer.ok) return;
          const delivery = await answer.json();
          body.innerHTML = delivery.outcomes.map(o =>
            `<tr data-plugin="${esc(o.plugin)}"><td>${esc(o.plugin)}</td><td class="${o.status}">${o.status}</td><td>${o.attempts}</td>` +
            `<td class="error">${esc(o.lastError)}</td><td>${o.jobId ? `<a href="/hangfire/jobs/details/${esc(o.jobId)}">${esc(o.jobId)}</a>` : ''}</td>` +
            `<td><button data-replay="${esc(o.plugin)}" data-delivery="${delivery.id}">Replay</button></td></tr>`).join('');
        }

        document.addEventListener('click', async event => {
          const button = event.target.closest('button[data-replay]');
          if (!button) return;
          const plugin = button.dataset.replay, url = `/api/deliveries/${button.dataset.delivery}/replay` + (plugin ? '?plugin=' + encodeURIComponent(plugin) : '');
          const answer = await fetch(url, { method: 'POST', credentials: 'same-origin' }), result = await answer.json();
          document.getElementById('replayed').textContent = answer.ok ? 'sent again to ' + (result.plugins.join(', ') || 'no plugin') : (result.error || answer.status);
          const outcomes = document.getElementById('outcomes');
          if (outcomes) refreshOutcomes(outcomes);
        });

        for (const [id, refresh] of [['deliveries', refreshDeliveries], ['outcomes', refreshOutcomes]]) {
          const body = document.getElementById(id);
          if (body && body.tagName === 'TBODY') { refresh(body); setInterval(() => refresh(body), 2000); }
        }
        """;
}
