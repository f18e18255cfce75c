using System.Diagnostics;
using System.Text;

namespace Hooks.Testing;

/// <summary>
/// A bare repository in a temporary folder (cloned with a <c>file://</c> URL) and a working clone that commits and
/// pushes to it, with the real git.
/// </summary>
public sealed class LocalGitRepository : IDisposable
{
    private readonly TempDirectory? _folder;

    public LocalGitRepository(string name = "repo")
        : this(name, new TempDirectory("hooks-git"))
    {
    }

    /// <summary>A repository in <paramref name="parent"/> beside others (removed with that folder): one base URL clones them all.</summary>
    public LocalGitRepository(string name, string parent)
    {
        BarePath = Path.Combine(parent, name + ".git");
        WorkPath = Path.Combine(parent, name + "-work");
        Git(parent, "init", "--quiet", "--bare", "--initial-branch=main", BarePath);
        Git(parent, "clone", "--quiet", BarePath, WorkPath);
        Git(WorkPath, "checkout", "--quiet", "-B", "main");
    }

    private LocalGitRepository(string name, TempDirectory folder)
        : this(name, folder.Path) => _folder = folder;

    public string BarePath { get; }

    public string WorkPath { get; }

    public string Url => new Uri(BarePath).AbsoluteUri;

    /// <summary>Writes a file, commits it on the current branch, pushes, and returns the commit id.</summary>
    public string Commit(string file, string content, string? message = null)
    {
        string path = Path.Combine(WorkPath, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        Git(WorkPath, "add", "--all");
        Git(WorkPath, "commit", "--quiet", "-m", message ?? $"change {file}");
        Git(WorkPath, "push", "--quiet", "origin", "HEAD");
        return Head();
    }

    /// <summary>Adds <paramref name="submodule"/> at <paramref name="path"/> (its current main), commits and pushes.</summary>
    public string AddSubmodule(LocalGitRepository submodule, string path, string? url = null)
    {
        Git(WorkPath, "-c", "protocol.file.allow=always", "submodule", "add", "--quiet", url ?? submodule.Url, path);
        Git(WorkPath, "commit", "--quiet", "-m", $"add submodule {path}");
        Git(WorkPath, "push", "--quiet", "origin", "HEAD");
        return Head();
    }

    /// <summary>Moves submodule <paramref name="path"/> to <paramref name="commit"/>, commits and pushes.</summary>
    public string PinSubmodule(string path, string commit)
    {
        string module = Path.Combine(WorkPath, path);
        Git(module, "-c", "protocol.file.allow=always", "fetch", "--quiet", "origin");
        Git(module, "checkout", "--quiet", commit);
        Git(WorkPath, "add", path);
        Git(WorkPath, "commit", "--quiet", "-m", $"move {path}");
        Git(WorkPath, "push", "--quiet", "origin", "HEAD");
        return Head();
    }

    /// <summary>
    /// Adds <paramref name="commits"/> commits of <paramref name="files"/> files each (with <c>git fast-import</c>,
    /// quick even for thousands) on main, pushes, and returns the last commit's id.
    /// </summary>
    public string AddHistory(int commits, int files)
    {
        var stream = new StringBuilder();
        string? parent = File.Exists(Path.Combine(BarePath, "refs", "heads", "main")) || File.Exists(Path.Combine(BarePath, "packed-refs")) ? Head() : null;
        for (int c = 1; c <= commits; c++)
        {
            stream.Append("commit refs/heads/main\n")
                .Append($"committer Hooks <hooks@example.org> {1_700_000_000 + c} +0000\n")
                .Append($"data <<END\ncommit {c}\nEND\n");
            if (c == 1 && parent is not null)
            {
                stream.Append($"from {parent}\n");
            }

            for (int f = 0; f < files; f++)
            {
                // Every file changes in every commit: each commit brings new blobs and trees.
                stream.Append($"M 100644 inline files/{f % 50}/file{f}.txt\ndata <<END\nfile {f} at commit {c}\n{new string('x', 200)}\nEND\n");
            }
        }

        GitWithInput(WorkPath, stream.ToString(), "fast-import", "--quiet");
        Git(WorkPath, "reset", "--quiet", "--hard", "main");
        Git(WorkPath, "push", "--quiet", "origin", "HEAD");
        return Head();
    }

    public string Head() => Git(WorkPath, "rev-parse", "HEAD").Trim();

    public void Dispose() => _folder?.Dispose();

    public static string Git(string directory, params string[] arguments) => GitWithInput(directory, null, arguments);

    /// <summary>Runs git (author and committer set, file protocol allowed) and returns its output; throws when it fails.</summary>
    public static string GitWithInput(string directory, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (string argument in (string[])["-c", "user.name=Hooks", "-c", "user.email=hooks@example.org", "-c", "protocol.file.allow=always", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments.Take(3))} failed ({process.ExitCode}): {error.Result}");
        }

        return output;
    }
}
