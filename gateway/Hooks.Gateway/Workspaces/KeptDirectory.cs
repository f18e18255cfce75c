using System.Globalization;

namespace Hooks.Gateway.Workspaces;

/// <summary>
/// What happens to a workspace's directory when it is disposed: removed, or, when kept, left with a
/// <c>.keep-until</c> file beside it that the sweeper reads.
/// </summary>
public static class KeptDirectory
{
    public const string KeepSuffix = ".keep-until";

    public static async Task ReleaseAsync(string path, TimeSpan keepFor, TimeProvider time)
    {
        if (keepFor > TimeSpan.Zero)
        {
            string until = (time.GetUtcNow() + keepFor).ToString("O", CultureInfo.InvariantCulture);
            await File.WriteAllTextAsync(path + KeepSuffix, until);
            return;
        }

        await Task.Run(() => DirectoryRemoval.Remove(path));
    }
}
