using Hooks.Plugins.PackageBuilds.Building;
using Hooks.Testing;

namespace Hooks.Plugins.PackageBuilds.Tests.Configuration;

/// <summary>What a <c>scripts</c> entry runs: a file of the bootstrap checkout, else one beside the configuration, else a shell line.</summary>
public sealed class ScriptLineFacts : IDisposable
{
    private readonly TempDirectory _bootstrap = new("hooks-bootstrap");
    private readonly TempDirectory _config = new("hooks-config");
    private static readonly Dictionary<string, string> Values = new() { ["repository"] = "amppd" };

    [Fact]
    public void A_name_in_the_bootstrap_checkout_runs_that_file_with_the_rest_as_arguments()
    {
        File.WriteAllText(Path.Combine(_bootstrap.Path, "build_packages"), "echo build");
        File.WriteAllText(Path.Combine(_config.Path, "build_packages"), "echo the other one");

        var request = ScriptLine.For("build_packages --repo {repository}", _bootstrap.Path, _config.Path, Values);

        Assert.Equal($"exec /bin/sh '{Path.Combine(_bootstrap.Path, "build_packages")}' --repo amppd", request.ScriptText);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_name_found_only_beside_the_configuration_runs_from_there_and_an_executable_runs_itself()
    {
        string script = Path.Combine(_config.Path, "distribute_to_liger");
        File.WriteAllText(script, "#!/bin/sh\necho distribute");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var request = ScriptLine.For("distribute_to_liger", _bootstrap.Path, _config.Path, Values);

        Assert.Equal($"exec '{script}'", request.ScriptText);
    }

    [Fact]
    public void Anything_else_is_a_shell_line()
    {
        var request = ScriptLine.For("make -C src_repos/{repository} && echo done", _bootstrap.Path, _config.Path, Values);

        Assert.Equal("make -C src_repos/amppd && echo done", request.ScriptText);
    }

    public void Dispose()
    {
        _bootstrap.Dispose();
        _config.Dispose();
    }
}
