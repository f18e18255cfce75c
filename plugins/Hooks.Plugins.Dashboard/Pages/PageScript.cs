namespace Hooks.Plugins.Dashboard.Pages;

/// <summary>
/// <c>/plugins/dashboard/assets/dashboard.js</c>: keeps the filters in the URL (history pushed, back and forward
/// work), opens a job's details in place, and follows the plugin's event stream: when the store changes, the grid,
/// the errors and the open details are fetched again from the server (the one renderer) and swapped in.
/// </summary>
public static class PageScript
{
    public const string Js = """
        const root = document.getElementById('dashboard');
        const base = root.dataset.base;
        const live = ['board', 'errors', 'details', 'problems'];

        function urlOf(form, job) {
          const data = new FormData(form), q = new URLSearchParams();
          const projects = (data.get('projects') || '').trim(), search = (data.get('search') || '').trim();
          if (projects) q.set('projects', projects);
          if (search) q.set('search', search);
          const jobs = data.getAll('jobs').join(','), show = data.getAll('show').join(',');
          if (jobs !== 'failed') q.set('jobs', jobs);
          if (show !== 'names,errors') q.set('show', show);
          if (job) q.set('job', job);
          return location.pathname + (q.toString() ? '?' + q : '');
        }

        async function load(url, parts) {
          const answer = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
          if (!answer.ok) return;
          const page = new DOMParser().parseFromString(await answer.text(), 'text/html');
          for (const id of parts) {
            const now = document.getElementById(id), next = page.getElementById(id);
            if (now && next) now.replaceWith(next);
          }
          root.dataset.stamp = page.getElementById('dashboard').dataset.stamp;
          root.dataset.shown = url; // what the parts on screen were rendered for
        }

        function go(url) {
          if (location.pathname + location.search !== url) history.pushState(null, '', url);
          return load(url, ['filters', ...live]);
        }

        const openJob = () => new URLSearchParams(location.search).get('job');

        document.addEventListener('submit', event => {
          if (event.target.id !== 'filters') return;
          event.preventDefault();
          go(urlOf(event.target, openJob()));
        });
        document.addEventListener('change', event => {
          const form = event.target.closest('#filters');
          if (form) go(urlOf(form, openJob()));
        });
        document.addEventListener('click', event => {
          const opener = event.target.closest('[data-details]');
          if (opener) { event.preventDefault(); go(urlOf(document.getElementById('filters'), opener.dataset.details)); return; }
          if (event.target.closest('#job-details .close')) { event.preventDefault(); go(urlOf(document.getElementById('filters'), null)); }
        });
        window.addEventListener('popstate', () => load(location.pathname + location.search, ['filters', ...live]));

        const stream = new EventSource(base + '/api/events?since=' + root.dataset.stamp);
        stream.addEventListener('open', () => { document.getElementById('live').textContent = 'live'; });
        stream.addEventListener('changed', async event => {
          if (event.data === root.dataset.stamp) return;
          await load(location.pathname + location.search, live);
          document.getElementById('live').textContent = 'live, updated ' + new Date().toLocaleTimeString();
        });
        """;
}
