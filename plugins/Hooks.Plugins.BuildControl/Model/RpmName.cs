namespace Hooks.Plugins.BuildControl.Model;

/// <summary>An RPM's file name taken apart: <c>name-version-release.arch.rpm</c>.</summary>
public sealed record RpmName(string Name, string Version, string Release, string Arch)
{
    public bool IsSource => Arch == Arches.Src;

    /// <summary>Debug packages go to debug repositories.</summary>
    public bool IsDebug => Name.EndsWith("-debuginfo", StringComparison.Ordinal) || Name.EndsWith("-debugsource", StringComparison.Ordinal);

    public static RpmName? Parse(string file)
    {
        if (!file.EndsWith(".rpm", StringComparison.Ordinal))
        {
            return null;
        }

        string stem = file[..^4];
        int dot = stem.LastIndexOf('.');
        int releaseDash = dot > 0 ? stem.LastIndexOf('-', dot) : -1;
        int versionDash = releaseDash > 0 ? stem.LastIndexOf('-', releaseDash - 1) : -1;
        return versionDash > 0
            ? new RpmName(stem[..versionDash], stem[(versionDash + 1)..releaseDash], stem[(releaseDash + 1)..dot], stem[(dot + 1)..])
            : null;
    }
}
