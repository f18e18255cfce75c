using Hooks.Plugins.BuildControl.Model;

namespace Hooks.Plugins.BuildControl.Tests.Model;

public sealed class RpmNameFacts
{
    [Theory]
    [InlineData("bash-5.1.8-9.el9.x86_64.rpm", "bash", "5.1.8", "9.el9", "x86_64", false)]
    [InlineData("python3-dnf-plugin-foo-1.0-1.el9.noarch.rpm", "python3-dnf-plugin-foo", "1.0", "1.el9", "noarch", false)]
    [InlineData("bash-debuginfo-5.1.8-9.el9.aarch64.rpm", "bash-debuginfo", "5.1.8", "9.el9", "aarch64", true)]
    [InlineData("bash-5.1.8-9.el9.src.rpm", "bash", "5.1.8", "9.el9", "src", false)]
    public void A_file_name_is_taken_apart_into_name_version_release_and_arch(string file, string name, string version, string release, string arch, bool debug)
    {
        var rpm = RpmName.Parse(file)!;
        Assert.Equal((name, version, release, arch, debug), (rpm.Name, rpm.Version, rpm.Release, rpm.Arch, rpm.IsDebug));
    }

    [Theory]
    [InlineData("build.log")]
    [InlineData("noversion.x86_64.rpm")]
    public void What_is_not_an_rpm_name_is_none(string file) => Assert.Null(RpmName.Parse(file));
}
