using System.ComponentModel;
using System.Diagnostics;
using Hooks.Contracts.Platform;

namespace Hooks.Gateway.Processes;

/// <summary>
/// Runs each request under <c>setsid</c>, so the process leads a new session and process group (its id is the
/// process's id) and every child it starts, in the background too, belongs to that group. On timeout or
/// cancellation the group gets SIGTERM, then SIGKILL after the grace; when the main process exits, whatever is left of
/// the group is killed too, so no child outlives its run or holds its pipes open. A child that starts a session of its
/// own (<c>setsid</c>, a daemon) leaves the group and is not tracked.
/// </summary>
public sealed partial class ProcessRunner(IRunLogs runLogs, TimeProvider time, ILogger<ProcessRunner> logger) : IProcessRunner
{
    /// <summary>How long the pipes may stay open after the group is gone (held by a process that left the group).</summary>
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(5);

    public async Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var script = request.ScriptText is null ? null : ScriptFile.Write(request.ScriptText);
        using var process = new Process { StartInfo = StartInfo(request, script?.Path) };
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"could not start setsid for {request.FileName}: {exception.Message}", exception);
        }

        int group = process.Id;
        process.StandardInput.Close();
        var pump = new OutputPump(runLogs, request, time, logger);
        var readers = Task.WhenAll(
            LineSplitter.StartAsync(process.StandardOutput.BaseStream, OutputChannel.Output, pump),
            LineSplitter.StartAsync(process.StandardError.BaseStream, OutputChannel.Error, pump));

        using var timeout = new CancellationTokenSource(request.Timeout ?? Timeout.InfiniteTimeSpan);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        bool stopped = false;
        try
        {
            await process.WaitForExitAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            stopped = true;
            string reason = cancellationToken.IsCancellationRequested ? "cancelled" : "timed out";
            Log.Stopping(logger, request.ScriptText is null ? request.FileName : "script", group, reason);
            await StopGroupAsync(process, group, request.KillGrace);
        }

        ProcessGroup.Signal(group, ProcessGroup.Kill);
        await DrainAsync(readers, group);
        await pump.CompleteAsync();
        clock.Stop();
        bool cancelled = stopped && cancellationToken.IsCancellationRequested;
        return new ProcessResult(process.ExitCode, stopped && !cancelled, cancelled, clock.Elapsed, pump.Count);
    }

    private static ProcessStartInfo StartInfo(ProcessRequest request, string? scriptPath)
    {
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = request.WorkingDirectory ?? "",
        };
        if (request.MergeErrorIntoOutput)
        {
            // The shell points standard error at standard output's pipe, then becomes the program.
            start.ArgumentList.Add("/bin/sh");
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("exec \"$@\" 2>&1");
            start.ArgumentList.Add("sh");
        }

        if (scriptPath is null)
        {
            start.ArgumentList.Add(request.FileName);
            foreach (string argument in request.Arguments)
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.ArgumentList.Add(request.Shell);
            start.ArgumentList.Add(scriptPath);
        }

        ProcessEnvironment.Apply(request, start.Environment);
        return start;
    }

    private static async Task StopGroupAsync(Process process, int group, TimeSpan grace)
    {
        ProcessGroup.Signal(group, ProcessGroup.Terminate);
        using var waited = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(waited.Token);
        }
        catch (OperationCanceledException)
        {
            // It ignored SIGTERM: SIGKILL follows.
        }

        ProcessGroup.Signal(group, ProcessGroup.Kill);
        await process.WaitForExitAsync(CancellationToken.None);
    }

    private async Task DrainAsync(Task readers, int group)
    {
        if (await Task.WhenAny(readers, Task.Delay(DrainLimit)) != readers)
        {
            // A process that left the group still holds a pipe: its later output is not read.
            Log.PipesHeld(logger, group);
            return;
        }

        await readers;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Stopping {Program} (process group {Group}): {Reason}")]
        public static partial void Stopping(ILogger logger, string program, int group, string reason);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Process group {Group} is gone but a process outside it keeps its output open; the rest is not read")]
        public static partial void PipesHeld(ILogger logger, int group);
    }
}
