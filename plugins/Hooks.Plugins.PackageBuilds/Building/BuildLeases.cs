using Hooks.Contracts.Platform;
using Hooks.Plugins.PackageBuilds.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hooks.Plugins.PackageBuilds.Building;

/// <summary>A running build's lease on its row, renewed and watched for a cancel by the platform's <see cref="RunLeaseWatch"/>.</summary>
public static class BuildLeases
{
    public static RunLeaseWatch Watch(IServiceScopeFactory scopes, Guid build, Guid runner, TimeSpan lease, TimeProvider time, CancellationToken shutdown) => new(
        async cancellationToken =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var until = time.GetUtcNow() + lease;
            return await scope.ServiceProvider.GetRequiredService<BuildsDb>().Builds.Where(b => b.Id == build && b.RunnerId == runner)
                .ExecuteUpdateAsync(set => set.SetProperty(b => b.LeaseUntil, until), cancellationToken) == 1;
        },
        async cancellationToken =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<BuildsDb>().Builds.Where(b => b.Id == build)
                .Select(b => b.CancelRequested).FirstOrDefaultAsync(cancellationToken);
        },
        lease,
        time,
        shutdown);
}
