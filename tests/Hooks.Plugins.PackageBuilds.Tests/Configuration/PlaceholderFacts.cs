using Hooks.Plugins.PackageBuilds.Building;

namespace Hooks.Plugins.PackageBuilds.Tests.Configuration;

/// <summary>amp_ci's placeholders in script lines, safe in a shell; the shell's own <c>${VAR}</c> left alone.</summary>
public sealed class PlaceholderFacts
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["repository"] = "amppd",
        ["commit_id"] = "0123456789abcdef0123456789abcdef01234567",
        ["committer_name"] = "Ada O'Lovelace $(rm -rf ~)",
        ["committer_email"] = "ada@example.org",
    };

    [Fact]
    public void Plain_values_go_in_as_they_are_others_single_quoted()
    {
        string line = Placeholders.Expand("git clone --recursive https://x/{repository}.git && git checkout {commit_id} # {committer_name} <{committer_email}>", Values);

        Assert.Equal("git clone --recursive https://x/amppd.git && git checkout 0123456789abcdef0123456789abcdef01234567 # 'Ada O'\\''Lovelace $(rm -rf ~)' <ada@example.org>", line);
    }

    [Fact]
    public void Shell_variables_and_unknown_names_stay()
    {
        Assert.Equal("echo ${HOME} {unknown} amppd", Placeholders.Expand("echo ${HOME} {unknown} {repository}", Values));
    }

    [Fact]
    public void A_subject_takes_the_values_as_they_are()
    {
        Assert.Equal("AMP build failed for amppd/0123456789abcdef0123456789abcdef01234567", Placeholders.Fill("AMP build failed for {repository}/{commit_id}", Values));
    }
}
