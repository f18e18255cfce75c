namespace Hooks.Plugins.BuildControl.Model;

/// <summary>The architectures a build may ask for, and the source pseudo-architecture every ref starts with.</summary>
public static class Arches
{
    public const string Src = "src";

    public static readonly IReadOnlyList<string> Known = ["x86_64", "x86_64_v2", "i686", "aarch64", "ppc64le", "s390x", "riscv64"];
}
