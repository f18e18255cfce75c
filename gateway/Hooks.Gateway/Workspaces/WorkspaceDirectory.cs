using Hooks.Contracts.Platform;

namespace Hooks.Gateway.Workspaces;

/// <summary>An empty directory that checkouts go into side by side; removed when disposed, or kept a while when marked failed.</summary>
public sealed class WorkspaceDirectory(GitWorkspaces workspaces, string path, TimeSpan keepFailedFor, TimeProvider time) : IWorkspaceDirectory
{
    private readonly Lock _lock = new();
    private TimeSpan? _keepFor;
    private int _disposed;

    public string Path { get; } = path;

    public async Task<string> CheckoutAsync(CheckoutRequest request, string relativePath, CancellationToken cancellationToken)
    {
        string target = Inside(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        await workspaces.CheckoutIntoAsync(target, request, cancellationToken);
        return target;
    }

    public void MarkFailed(TimeSpan? keepFor = null)
    {
        lock (_lock)
        {
            _keepFor = keepFor ?? keepFailedFor;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            TimeSpan keep;
            lock (_lock)
            {
                keep = _keepFor ?? TimeSpan.Zero;
            }

            await KeptDirectory.ReleaseAsync(Path, keep, time);
        }
    }

    public override string ToString() => Path;

    private string Inside(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath) || System.IO.Path.IsPathRooted(relativePath))
        {
            throw new ArgumentException($"'{relativePath}' is not a relative path inside the workspace directory", nameof(relativePath));
        }

        string target = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath));
        if (!target.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' leads out of the workspace directory", nameof(relativePath));
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() || File.Exists(target))
        {
            throw new ArgumentException($"'{relativePath}' is already there in the workspace directory", nameof(relativePath));
        }

        return target;
    }
}
