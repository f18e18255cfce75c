using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Builds;
using Hooks.Plugins.BuildControl.Configuration;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hooks.Plugins.BuildControl.Triggers;

/// <summary>
/// Turns a push into a build with the first policy of <c>Hooks:Plugins:build-control:Triggers</c> it matches (source,
/// repository pattern, tags/branches), for the clone URL at the pushed ref and commit; a push no policy takes is recorded
/// as ignored with the reason. A delivery makes one build at most, however often it is replayed.
/// </summary>
public sealed partial class BuildTriggers(
    BuildControlDb db, BuildCreator creator, IOptions<BuildControlOptions> options, TimeProvider clock, BuildControlMetrics metrics, ILogger<BuildTriggers> logger)
{
    public async Task HandleAsync(PushedRef pushed, CancellationToken cancellationToken)
    {
        var hook = pushed.Event;
        if (await db.Builds.AnyAsync(b => b.DeliveryId == hook.DeliveryId, cancellationToken)
            || await db.IgnoredPushes.AnyAsync(i => i.DeliveryId == hook.DeliveryId, cancellationToken))
        {
            return;
        }

        string? reason = Reject(pushed, out var policy);
        if (reason is null)
        {
            var request = new BuildCreateRequest
            {
                Platforms = [.. policy!.Platforms.Select(p => new BuildPlatformRequest(p.Name, p.ArchList.Count > 0 ? p.ArchList : null, true, policy.IndependentTasks))],
                Tasks = [new BuildRefRequest(hook.Repository!.CloneUrl, pushed.Name, System.Text.Json.JsonSerializer.SerializeToElement((int)(pushed.IsTag ? RefType.GitTag : RefType.GitBranch)), null, pushed.Commit)],
            };
            try
            {
                string who = hook.Sender?.Login ?? hook.Source;
                var build = await creator.CreateAsync(request, who, hook.Sender?.Email, hook.DeliveryId, cancellationToken);
                Log.Created(logger, build.Id, hook.Repository.FullName, pushed.FullRef);
                return;
            }
            catch (BuildRequestException error)
            {
                reason = "the trigger's build request was refused: " + error.Message;
            }
        }

        db.IgnoredPushes.Add(new IgnoredPushRecord
        {
            At = clock.GetUtcNow(),
            DeliveryId = hook.DeliveryId,
            Source = hook.Source,
            Repository = hook.Repository?.FullName,
            Ref = pushed.FullRef,
            Reason = reason,
        });
        await db.SaveChangesAsync(cancellationToken);
        metrics.Ignored();
        Log.Ignored(logger, hook.Repository?.FullName ?? "?", pushed.FullRef, reason);
    }

    private string? Reject(PushedRef pushed, out TriggerPolicy? chosen)
    {
        chosen = null;
        var hook = pushed.Event;
        if (pushed.Deleted)
        {
            return $"the {(pushed.IsTag ? "tag" : "branch")} was deleted";
        }

        if (hook.Repository is not { CloneUrl: { Length: > 0 } } repository)
        {
            return "the delivery names no clone URL";
        }

        var ofSource = options.Value.Triggers.Where(t => string.Equals(t.Source, hook.Source, StringComparison.OrdinalIgnoreCase)).ToList();
        if (ofSource.Count == 0)
        {
            return $"no trigger for source '{hook.Source}'";
        }

        var ofRepository = ofSource.Where(t => t.Repositories.Count == 0 || t.Repositories.Any(p => RepositoryPattern.Matches(p, repository.FullName))).ToList();
        if (ofRepository.Count == 0)
        {
            return $"{repository.FullName} matches none of {string.Join(", ", ofSource.SelectMany(t => t.Repositories).Distinct())}";
        }

        string kind = pushed.IsTag ? "tags" : "branches";
        chosen = ofRepository.FirstOrDefault(t => string.Equals(t.Refs, kind, StringComparison.OrdinalIgnoreCase) || string.Equals(t.Refs, "all", StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            return pushed.IsTag ? "the triggers of this repository build no tags" : "branch pushes build nothing: the triggers of this repository build tags (Refs: branches or all builds branches)";
        }

        return chosen.Platforms.Count == 0 ? "the trigger names no platform" : null;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Build {BuildId} created for {Repository} at {Ref}")]
        public static partial void Created(ILogger logger, int buildId, string repository, string @ref);

        [LoggerMessage(Level = LogLevel.Information, Message = "Push of {Ref} to {Repository} ignored: {Reason}")]
        public static partial void Ignored(ILogger logger, string repository, string @ref, string reason);
    }
}
