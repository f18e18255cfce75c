using Hooks.Contracts.Forges;
using Hooks.Contracts.Platform;
using Microsoft.Extensions.Configuration;

namespace Hooks.Fixtures.SampleCi;

/// <summary>Checks out the pushed commit, runs its <c>build.sh</c> into a run log, and reports the commit's status.</summary>
public sealed class BuildJob(IWorkspaces workspaces, IProcessRunner processes, IRunLogs logs, ICommitStatuses statuses, IConfiguration configuration)
{
    public async Task RunAsync(string source, string repository, string cloneUrl, string commit, Guid run, CancellationToken cancellationToken)
    {
        var log = new RunLogId("sample-ci", run);
        var page = new Uri(new Uri(configuration["Hooks:PublicUrl"] ?? "http://localhost:8080/"), $"runs/sample-ci/{run}/log?html=true");
        await statuses.ReportAsync(source, repository, commit, CommitState.Running, "sample-ci", "building", page, cancellationToken);
        ProcessResult result;
        await using (var workspace = await workspaces.CheckoutAsync(new CheckoutRequest(cloneUrl, commit) { Log = log }, cancellationToken))
        {
            result = await processes.RunAsync(ProcessRequest.Command("sh", "build.sh") with
            {
                WorkingDirectory = workspace.Path,
                Timeout = TimeSpan.FromMinutes(5),
                MergeErrorIntoOutput = true,
                Log = log,
            }, cancellationToken);
            if (!result.Succeeded)
            {
                workspace.MarkFailed();
            }
        }

        await logs.CompleteAsync(log, cancellationToken);
        await statuses.ReportAsync(
            source, repository, commit, result.Succeeded ? CommitState.Success : CommitState.Failure, "sample-ci",
            result.Succeeded ? "built" : $"build.sh exited {result.ExitCode}", page, cancellationToken);
    }
}
