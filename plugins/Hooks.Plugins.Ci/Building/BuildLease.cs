using Hooks.Plugins.Ci.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Plugins.Ci.Building;

/// <summary>
/// Keeps a running build's lease alive and watches for a kill: every second it looks at the build; every third of
/// the lease it renews it, fenced by the runner id. <see cref="Token"/> fires when the build is killed, when the lease
/// was lost (another attempt took the build), or when the process shuts down.
/// </summary>
public sealed class BuildLease : IAsyncDisposable
{
    private static readonly TimeSpan Look = TimeSpan.FromSeconds(1);
    private readonly IServiceScopeFactory _scopes;
    private readonly long _build;
    private readonly Guid _runner;
    private readonly TimeSpan _lease;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop;
    private readonly Task _watching;

    public BuildLease(IServiceScopeFactory scopes, long build, Guid runner, TimeSpan lease, TimeProvider time, CancellationToken shutdown)
    {
        _scopes = scopes;
        _build = build;
        _runner = runner;
        _lease = lease;
        _time = time;
        Shutdown = shutdown;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
        _watching = WatchAsync();
    }

    /// <summary>Fires when the build must stop: see <see cref="KillRequested"/>, <see cref="Lost"/> and <see cref="Shutdown"/>.</summary>
    public CancellationToken Token => _stop.Token;

    public CancellationToken Shutdown { get; }

    public bool KillRequested { get; private set; }

    public bool Lost { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        _stop.Dispose();
    }

    private async Task WatchAsync()
    {
        long renewed = _time.GetTimestamp();
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Look, _time, _stop.Token);
                await using var scope = _scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CiDb>();
                if (_time.GetElapsedTime(renewed) >= _lease / 3)
                {
                    var until = _time.GetUtcNow() + _lease;
                    int held = await db.Builds.Where(b => b.Id == _build && b.RunnerId == _runner)
                        .ExecuteUpdateAsync(set => set.SetProperty(b => b.LeaseUntil, until), CancellationToken.None);
                    renewed = _time.GetTimestamp();
                    Lost = held == 0;
                }

                KillRequested = await db.Builds.Where(b => b.Id == _build).Select(b => b.KillRequested).FirstOrDefaultAsync(CancellationToken.None);
                if (KillRequested || Lost)
                {
                    await _stop.CancelAsync();
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (DbUpdateException)
            {
                // The store is away for a moment: the lease outlasts a few missed renewals.
            }
            catch (InvalidOperationException)
            {
            }
        }
    }
}
