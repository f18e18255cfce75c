using System.Globalization;
using Hooks.Contracts.Platform;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// A checkout's directory. Disposed, it is removed, or, when marked failed, left with a <c>.keep-until</c> file beside
/// it that the sweeper reads.
/// </summary>
public sealed class Workspace(string path, string commit, string cloneUrl, TimeSpan keepFailedFor, TimeProvider time) : IWorkspace
{
    public const string KeepSuffix = ".keep-until";

    private int _failed;
    private int _disposed;

    public string Path { get; } = path;

    public string Commit { get; } = commit;

    public string CloneUrl { get; } = cloneUrl;

    public void MarkFailed() => Interlocked.Exchange(ref _failed, 1);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (Volatile.Read(ref _failed) == 1 && keepFailedFor > TimeSpan.Zero)
        {
            string until = (time.GetUtcNow() + keepFailedFor).ToString("O", CultureInfo.InvariantCulture);
            await File.WriteAllTextAsync(Path + KeepSuffix, until);
            return;
        }

        await Task.Run(() => DirectoryRemoval.Remove(Path));
    }

    public override string ToString() => $"{CloneUrl}@{Commit} in {Path}";
}
