using System.Globalization;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Model;
using Hooks.Plugins.BuildControl.Nodes;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Signing;

/// <summary>
/// Takes a sign node's report of the task it holds: a failure, or a package signed with another fingerprint than the
/// key's, or a package that is not the build's, ends the task FAILED with the reason; otherwise each artifact records
/// where its signed copy is and the key and fingerprint it was signed with, and the build is signed.
/// </summary>
public sealed class SignCompletion(BuildControlDb db, TimeProvider clock)
{
    public async Task<(ReportOutcome Outcome, SignStatus Status)> CompleteAsync(Caller node, int id, SignCompleteRequest report, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.SignTasks.Include(t => t.SignKey).FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } task)
        {
            return (ReportOutcome.NotFound, default);
        }

        if (task.Status != SignStatus.InProgress || task.Node != node.Id)
        {
            return (ReportOutcome.Conflict, task.Status);
        }

        var artifacts = await BuildPackages.Of(db, task.BuildId).ToDictionaryAsync(a => a.Id, cancellationToken);
        var packages = report.Packages ?? [];
        string? reason = !report.Success ? report.ErrorMessage ?? "the sign node reported a failure without a message"
            : packages.Count == 0 ? "the sign node reported no signed package"
            : packages.FirstOrDefault(p => !artifacts.ContainsKey(p.Id)) is { } stranger ? $"package {stranger.Id} ({stranger.Name}) is not an RPM of build {task.BuildId}"
            : packages.FirstOrDefault(p => !string.Equals(p.Fingerprint, task.SignKey!.Fingerprint, StringComparison.OrdinalIgnoreCase)) is { } wrong
                ? $"{wrong.Name ?? artifacts[wrong.Id].Name} was signed with fingerprint {wrong.Fingerprint ?? "(none)"}, not the key's {task.SignKey!.Fingerprint}"
            : null;

        var now = clock.GetUtcNow();
        (task.FinishedAt, task.LeaseUntil, task.LogHref, task.Stats) = (now, null, report.LogHref, report.Stats?.ToJsonString());
        task.StartedAt = StartedAt(report) ?? task.StartedAt;
        if (reason is not null)
        {
            (task.Status, task.ErrorMessage) = (SignStatus.Failed, reason);
        }
        else
        {
            foreach (var package in packages)
            {
                var artifact = artifacts[package.Id];
                artifact.Href = package.Href ?? artifact.Href;
                artifact.Sha256 = package.Sha256 ?? artifact.Sha256;
                artifact.CasHash = package.CasHash ?? artifact.CasHash;
                artifact.SignKeyId = task.SignKeyId;
                artifact.Fingerprint = package.Fingerprint!.ToUpperInvariant();
            }

            task.Status = SignStatus.Completed;
            await db.Builds.Where(b => b.Id == task.BuildId).ExecuteUpdateAsync(set => set.SetProperty(b => b.IsSigned, true), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (ReportOutcome.Taken, task.Status);
    }

    private static DateTimeOffset? StartedAt(SignCompleteRequest report) =>
        report.Stats?["sign_task_start_time"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            && DateTime.TryParse(report.Stats["sign_task_start_time"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;
}
