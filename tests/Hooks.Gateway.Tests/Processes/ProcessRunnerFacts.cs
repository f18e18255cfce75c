using System.Diagnostics;
using Hooks.Contracts.Platform;
using Hooks.Gateway.Tests.Support;

namespace Hooks.Gateway.Tests.Processes;

public sealed class ProcessRunnerFacts : IAsyncLifetime
{
    private PlatformServices _platform = null!;
    private readonly RunLogId _run = new("tests", Guid.NewGuid());

    public async Task InitializeAsync() => _platform = await PlatformServices.StartAsync();

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task The_exit_code_is_returned()
    {
        var result = await RunAsync(ProcessRequest.Script("exit 7"));

        Assert.Equal(7, result.ExitCode);
        Assert.False(result.Succeeded || result.TimedOut || result.Cancelled);
    }

    [Fact]
    public async Task A_command_gets_its_arguments_as_given_without_a_shell()
    {
        var result = await RunAsync(ProcessRequest.Command("printf", "%s|", "two words", "$HOME", "'quoted'", "*"));

        Assert.True(result.Succeeded);
        Assert.Equal("two words|$HOME|'quoted'|*|", Assert.Single(await _platform.LinesAsync(_run)).Text);
    }

    [Fact]
    public async Task Output_and_error_lines_reach_the_run_log_in_the_order_written_marked_by_stream()
    {
        var result = await RunAsync(ProcessRequest.Script(
            "for i in 1 2 3 4 5; do echo \"out $i\"; sleep 0.02; echo \"err $i\" >&2; sleep 0.02; done"));

        var lines = await _platform.LinesAsync(_run);
        Assert.Equal(10, result.Lines);
        Assert.Equal(Enumerable.Range(1, 5).SelectMany(i => (string[])[$"out {i}", $"err {i}"]), lines.Select(l => l.Text));
        Assert.Equal(Enumerable.Range(1, 5).SelectMany(_ => (OutputChannel[])[OutputChannel.Output, OutputChannel.Error]), lines.Select(l => l.Stream));
        Assert.Equal(Enumerable.Range(1, 10).Select(n => (long)n), lines.Select(l => l.Number));
        Assert.True(lines.Zip(lines.Skip(1)).All(pair => pair.First.Time <= pair.Second.Time), "timestamps go forward");
    }

    [Fact]
    public async Task Merged_streams_keep_the_exact_order_of_lines_written_without_pause()
    {
        await RunAsync(ProcessRequest.Script("i=0; while [ $i -lt 500 ]; do echo \"out $i\"; echo \"err $i\" >&2; i=$((i+1)); done") with
        {
            MergeErrorIntoOutput = true,
        });

        var lines = await _platform.LinesAsync(_run);
        Assert.Equal(Enumerable.Range(0, 500).SelectMany(i => (string[])[$"out {i}", $"err {i}"]), lines.Select(l => l.Text));
    }

    [Fact]
    public async Task A_line_with_colour_codes_is_kept_byte_for_byte()
    {
        const string Coloured = "\u001b[1;31mred bold\u001b[0m plain \u001b[38;5;208morange\u001b[0m\rover";

        await RunAsync(ProcessRequest.Script("printf '\\033[1;31mred bold\\033[0m plain \\033[38;5;208morange\\033[0m\\rover\\r\\n'"));

        Assert.Equal(Coloured, Assert.Single(await _platform.LinesAsync(_run)).Text);
    }

    [Fact]
    public async Task Environment_and_working_directory_are_the_requested_ones_and_the_gateways_secrets_stay_out()
    {
        Environment.SetEnvironmentVariable("HOOKS_TEST_GATEWAY_SECRET", "do-not-leak");
        string directory = Directory.CreateTempSubdirectory("hooks-cwd-").FullName;
        try
        {
            await RunAsync(ProcessRequest.Script("pwd; echo \"v=$GREETING\"; echo \"secret=$HOOKS_TEST_GATEWAY_SECRET\"; echo \"path=${PATH:+set}\"") with
            {
                WorkingDirectory = directory,
                Environment = new Dictionary<string, string?> { ["GREETING"] = "hello there" },
            });

            Assert.Equal([directory, "v=hello there", "secret=", "path=set"], (await _platform.LinesAsync(_run)).Select(l => l.Text));
        }
        finally
        {
            Environment.SetEnvironmentVariable("HOOKS_TEST_GATEWAY_SECRET", null);
            Directory.Delete(directory);
        }
    }

    [Fact]
    public async Task A_timeout_kills_the_whole_tree_and_no_background_child_survives()
    {
        var clock = Stopwatch.StartNew();
        var result = await RunAsync(ProcessRequest.Script("sleep 1000 & echo $!; (sleep 1000 & echo $!; wait) & sleep 1000") with
        {
            Timeout = TimeSpan.FromMilliseconds(700),
        });

        Assert.True(result.TimedOut);
        Assert.False(result.Cancelled);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        await AssertGoneAsync(await PidsAsync(expected: 2));
    }

    [Fact]
    public async Task Cancellation_kills_the_whole_tree_even_when_it_ignores_SIGTERM()
    {
        using var cancel = new CancellationTokenSource();
        var run = RunAsync(ProcessRequest.Script("trap '' TERM; sleep 1000 & echo $!; while true; do sleep 0.1; done") with
        {
            KillGrace = TimeSpan.FromMilliseconds(300),
        }, cancel.Token);
        var pids = await PidsAsync(expected: 1);

        await cancel.CancelAsync();
        var result = await run;

        Assert.True(result.Cancelled);
        Assert.False(result.TimedOut);
        await AssertGoneAsync(pids);
    }

    [Fact]
    public async Task Background_children_left_when_the_script_exits_are_killed_and_do_not_hold_the_run()
    {
        var clock = Stopwatch.StartNew();
        var result = await RunAsync(ProcessRequest.Script("sleep 1000 & echo $!; exit 3"));

        Assert.Equal(3, result.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        await AssertGoneAsync(await PidsAsync(expected: 1));
    }

    [Fact]
    public async Task Every_line_is_handed_to_the_caller_too()
    {
        var seen = new List<string>();
        await _platform.Processes.RunAsync(ProcessRequest.Command("sh", "-c", "echo a; echo b >&2; echo c") with
        {
            MergeErrorIntoOutput = true,
            OnLine = line =>
            {
                seen.Add(line.Text);
                return ValueTask.CompletedTask;
            },
        }, default);

        Assert.Equal(["a", "b", "c"], seen);
    }

    private Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken = default) =>
        _platform.Processes.RunAsync(request with { Log = _run }, cancellationToken);

    /// <summary>The pids the script echoed, once it has echoed <paramref name="expected"/> of them.</summary>
    private async Task<int[]> PidsAsync(int expected)
    {
        var lines = await Hooks.Testing.Eventually.Get(() => _platform.LinesAsync(_run), l => l.Count >= expected, "the script's pids");
        return lines.Take(expected).Select(l => int.Parse(l.Text)).ToArray();
    }

    private static async Task AssertGoneAsync(int[] pids)
    {
        Assert.NotEmpty(pids);
        await Hooks.Testing.Eventually.Get(() => Task.FromResult(pids.Where(IsAlive).ToList()), alive => alive.Count == 0, "every child to be gone", TimeSpan.FromSeconds(5));
    }

    /// <summary>Running or sleeping: a zombie waiting for a reaper that never comes in a container counts as gone.</summary>
    private static bool IsAlive(int pid)
    {
        string stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        try
        {
            string text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
