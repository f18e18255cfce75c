using Hooks.Contracts.Platform;

namespace Hooks.Gateway.Workspaces;

/// <summary>A checkout's directory: removed when disposed, or kept a while when marked failed.</summary>
public sealed class Workspace(string path, string commit, string cloneUrl, TimeSpan keepFailedFor, TimeProvider time) : IWorkspace
{
    private int _failed;
    private int _disposed;

    public string Path { get; } = path;

    public string Commit { get; } = commit;

    public string CloneUrl { get; } = cloneUrl;

    public void MarkFailed() => Interlocked.Exchange(ref _failed, 1);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await KeptDirectory.ReleaseAsync(Path, Volatile.Read(ref _failed) == 1 ? keepFailedFor : TimeSpan.Zero, time);
        }
    }

    public override string ToString() => $"{CloneUrl}@{Commit} in {Path}";
}
