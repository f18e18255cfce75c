using Docker.DotNet;
using Docker.DotNet.Models;

namespace Hooks.Plugins.Ci.Building;

/// <summary>A build's container: each stage a <c>/bin/sh -c</c> exec in it; disposing kills and removes it.</summary>
public sealed class DockerStageHost(DockerClient client, string containerId, StageLog log) : IStageHost
{
    public async Task<StageResult> RunAsync(string stage, string command, IReadOnlyDictionary<string, string> variables, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } after)
        {
            limit.CancelAfter(after);
        }

        var exec = await client.Exec.ExecCreateContainerAsync(containerId, new ContainerExecCreateParameters
        {
            AttachStdout = true,
            AttachStderr = true,
            Cmd = ["/bin/sh", "-c", command],
            Env = [.. variables.Select(v => $"{v.Key}={v.Value}")],
        }, cancellationToken);
        try
        {
            using var stream = await client.Exec.StartWithConfigContainerExecAsync(exec.ID, new ContainerExecStartParameters { Detach = false, Tty = false }, limit.Token);
            await CopyAsync(stream, stage, limit.Token);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new StageResult(null, TimedOut: true);
        }

        var inspected = await client.Exec.InspectContainerExecAsync(exec.ID, cancellationToken);
        return new StageResult((int)inspected.ExitCode, TimedOut: false);
    }

    private async Task CopyAsync(MultiplexedStream stream, string stage, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var splitters = new Dictionary<MultiplexedStream.TargetStream, LineSplitter>();
        var pending = new List<string>();
        while (true)
        {
            var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken);
            if (read.EOF)
            {
                break;
            }

            if (!splitters.TryGetValue(read.Target, out var splitter))
            {
                splitter = new LineSplitter();
                splitters[read.Target] = splitter;
            }

            pending.AddRange(splitter.Add(buffer.AsSpan(0, read.Count)));
            if (pending.Count > 0)
            {
                await log.WriteAsync(stage, pending);
                pending.Clear();
            }
        }

        pending.AddRange(splitters.Values.Select(s => s.Rest()).OfType<string>());
        await log.WriteAsync(stage, pending);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await client.Containers.RemoveContainerAsync(containerId, new ContainerRemoveParameters { Force = true }, CancellationToken.None);
        }
        catch (DockerContainerNotFoundException)
        {
        }
    }
}
