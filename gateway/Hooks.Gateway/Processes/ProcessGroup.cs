using System.Runtime.InteropServices;

namespace Hooks.Gateway.Processes;

/// <summary>Signals a whole process group: the runner starts every process as the leader of a new session and group.</summary>
internal static class ProcessGroup
{
    public const int Terminate = 15;

    public const int Kill = 9;

    /// <summary>Sends <paramref name="signal"/> to every process of group <paramref name="groupId"/>; false when none is left.</summary>
    public static bool Signal(int groupId, int signal) => groupId > 1 && NativeKill(-groupId, signal) == 0;

    /// <summary>Whether any process of the group is still there (signal 0 checks without sending anything).</summary>
    public static bool IsAlive(int groupId) => Signal(groupId, 0);

    // DllImport rather than LibraryImport: the generated form needs unsafe code in the whole project, for two ints.
#pragma warning disable SYSLIB1054 // See above.
    [DllImport("libc", EntryPoint = "kill")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int NativeKill(int pid, int signal);
#pragma warning restore SYSLIB1054
}
