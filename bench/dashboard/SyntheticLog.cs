using System.Text;

namespace DashboardBench;

/// <summary>A Julia CI log of about the given size: coloured test output, a dependency list, and one error near the end.</summary>
public static class SyntheticLog
{
    private static readonly string[] Errors =
    [
        "ERROR: LoadError: UndefVarError: solve! not defined\nStacktrace:\n",
        "Test Failed at /builds/pkg/test/runtests.jl:42\n  Expression: f(x) ≈ 1.0\n   Evaluated: 0.98 ≈ 1.0\nStacktrace:\n",
        "ERROR: Job failed: execution took longer than 1h0m0s seconds\n",
        "/bin/bash: line 3:   811 Segmentation fault      (core dumped) julia --project\n",
    ];

    public static string Make(int seed, int size)
    {
        var log = new StringBuilder(size + 1024);
        log.Append("\u001b[0KRunning with gitlab-runner 16.5.0\nsection_start:1700000000:prepare_script\r\u001b[0K\u001b[0K\u001b[36;1mPreparing environment\u001b[0;m\n");
        log.Append("\u001b[32m\u001b[1m      Status\u001b[22m\u001b[39m `/tmp/jl_x/Manifest.toml`\n");
        for (int i = 0; i < 40; i++)
        {
            log.Append("  [").Append((0x10000000 + (i * 7919)).ToString("x8", System.Globalization.CultureInfo.InvariantCulture)).Append("] Package").Append(i).Append(" v1.").Append(i % 7).Append(".0\n");
        }

        for (int line = 0; log.Length < size - 400; line++)
        {
            log.Append("\u001b[32m\u001b[1mTest Summary: \u001b[22m\u001b[39m| \u001b[32m\u001b[1mPass  \u001b[22m\u001b[39m\u001b[36m\u001b[1mTotal\u001b[22m\u001b[39m  testset ")
                .Append(line).Append(" | 12 12 0.").Append(line % 97).Append("s\n");
        }

        return log.Append(Errors[seed % Errors.Length]).Append("section_end:1700000900:step_script\r\u001b[0K\n").ToString();
    }
}
