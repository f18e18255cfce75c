using Hooks.Contracts.Platform;
using Hooks.Gateway.Tests.Support;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Workspaces;

public sealed class CredentialFacts : IAsyncLifetime
{
    private const string Secret = "glpat-s3cr3t-t0ken-do-not-show";

    private readonly LocalGitRepository _origin = new("private");
    private readonly TempDirectory _spy = new("hooks-git-spy");
    private PlatformServices _platform = null!;

    public async Task InitializeAsync()
    {
        // A git that notes its arguments, asks GIT_ASKPASS what git would ask, notes the script's mode, then runs git.
        string wrapper = Path.Combine(_spy.Path, "git");
        await File.WriteAllTextAsync(wrapper, $"""
            #!/bin/sh
            printf '%s\n' "$*" >> '{_spy.Path}/arguments'
            cat /proc/$$/cmdline | tr '\0' ' ' >> '{_spy.Path}/cmdlines'; echo >> '{_spy.Path}/cmdlines'
            if [ -n "$GIT_ASKPASS" ]; then
              "$GIT_ASKPASS" "Username for 'https://example.org': " >> '{_spy.Path}/answers'
              "$GIT_ASKPASS" "Password for 'https://oauth2@example.org': " >> '{_spy.Path}/answers'
              stat -c '%a' "$GIT_ASKPASS" >> '{_spy.Path}/modes'
              cat "$GIT_ASKPASS" >> '{_spy.Path}/scripts'
            fi
            exec git "$@"
            """.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        _platform = await PlatformServices.StartAsync(new Dictionary<string, string?> { ["Hooks:Workspaces:Git"] = wrapper });
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _origin.Dispose();
        _spy.Dispose();
    }

    [Fact]
    public async Task Git_asks_the_askpass_script_for_the_credentials_and_the_secret_is_in_no_argument_list()
    {
        string commit = _origin.Commit("README.md", "private");

        await using var workspace = await _platform.Workspaces.CheckoutAsync(
            new CheckoutRequest(_origin.Url, commit, GitCredentials.FromToken(Secret, "oauth2")), default);

        Assert.Equal(["oauth2", Secret], Lines("answers").Take(2));
        Assert.All(Lines("modes"), mode => Assert.Equal("700", mode));
        Assert.DoesNotContain(Lines("arguments"), line => line.Contains(Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(Lines("cmdlines"), line => line.Contains(Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(Lines("scripts"), line => line.Contains(Secret, StringComparison.Ordinal));
        Assert.Contains(Lines("arguments"), line => line.StartsWith("-c credential.helper= ", StringComparison.Ordinal) && line.Contains(" fetch ", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, await File.ReadAllTextAsync(Path.Combine(workspace.Path, ".git", "config")), StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_never_show_their_secret_as_text()
    {
        var credentials = new GitCredentials("builder", Secret);

        Assert.DoesNotContain(Secret, credentials.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, new CheckoutRequest("https://example.org/r.git", new string('a', 40), credentials).ToString(), StringComparison.Ordinal);
    }

    private string[] Lines(string file)
    {
        string path = Path.Combine(_spy.Path, file);
        return File.Exists(path) ? File.ReadAllLines(path) : [];
    }
}
