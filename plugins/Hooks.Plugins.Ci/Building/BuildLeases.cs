using Hooks.Contracts.Platform;
using Hooks.Plugins.Ci.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Plugins.Ci.Building;

/// <summary>A running build's lease on its row, renewed and watched for a kill by the platform's <see cref="RunLeaseWatch"/>.</summary>
public static class BuildLeases
{
    public static RunLeaseWatch Watch(IServiceScopeFactory scopes, long build, Guid runner, TimeSpan lease, TimeProvider time, CancellationToken shutdown) => new(
        async cancellationToken =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var until = time.GetUtcNow() + lease;
            return await scope.ServiceProvider.GetRequiredService<CiDb>().Builds.Where(b => b.Id == build && b.RunnerId == runner)
                .ExecuteUpdateAsync(set => set.SetProperty(b => b.LeaseUntil, until), cancellationToken) == 1;
        },
        async cancellationToken =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<CiDb>().Builds.Where(b => b.Id == build)
                .Select(b => b.KillRequested).FirstOrDefaultAsync(cancellationToken);
        },
        lease,
        time,
        shutdown);
}
