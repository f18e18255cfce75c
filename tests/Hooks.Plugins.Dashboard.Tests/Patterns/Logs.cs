namespace Hooks.Plugins.Dashboard.Tests.Patterns;

/// <summary>Logs written to exercise each default pattern, with what the pattern must capture.</summary>
public static class Logs
{
    public const string Esc = "\u001b";

    /// <summary>Pattern name, a log, and the text it must capture.</summary>
    public static TheoryData<string, string, string> PerPattern => new()
    {
        { "unsatisfiable", "Resolving...\nERROR: Unsatisfiable requirements detected for package Foo [7876af07]:\n Foo [7876af07] log:\n", "Unsatisfiable requirements detected for package Foo" },
        { "outside-test", "Test Summary: | Pass\nGot exception outside of a @test\n  nested task error: BoundsError: attempt to access 2-element Vector{Int64} at index [3]\n  Stacktrace:\n   [1] getindex", "BoundsError: attempt to access 2-element Vector{Int64} at index [3]" },
        { "test-expression", "Test Failed at /builds/Foo.jl/test/runtests.jl:3\n  Expression: foo(1) == 2\n   Evaluated: 3 == 2\nStacktrace:\n [1] macro expansion", "foo(1) == 2\n   Evaluated: 3 == 2" },
        { "undefvar", "ERROR: LoadError: UndefVarError: bar not defined\nin expression starting at x.jl", "UndefVarError: bar not defined" },
        { "job-timeout", "Running tests\nERROR: Job failed: execution took longer than 1h0m0s seconds\n", "execution took longer than 1h0m0s" },
        { "sigkill", "worker 3 received signal: KILL\n", "received signal: KILL" },
        { "killed-9", "/bin/sh: line 1:  4242 Killed: 9 julia --project\n", "Killed: 9" },
        { "metadata-version", $"{Esc}[91m{Esc}[1mERROR: {Esc}[22m{Esc}[39mRequested Foo from registry has different version in metadata: '1.2.3'\n", "Requested Foo from registry has different version in metadata: '1.2.3'" },
        { "pg-auth", "psql: error: FATAL: password authentication failed for user \"report\"\n", "password authentication failed for user \"report\"" },
        { "backrun", "step 4/9\nBackrun Failed\n", "Backrun Failed" },
        { "sigterm", "julia exited on signal (15)\n", "signal (15)" },
        { "segfault", "/bin/bash: line 12:   311 Segmentation fault      (core dumped) ./solver\n", "Segmentation fault" },
        { "cfn-create-failed", "deploy_stack:CREATE_FAILED Bucket (Service: Amazon S3; Status Code: 409; Error Code: BucketAlreadyExists; Request ID: 12)\n", "BucketAlreadyExists" },
        { "boto", "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied\nnext line\n", "(AccessDenied) when calling the GetObject operation: Access Denied" },
        { "cloudspy", "UndesiredFinalState: Job abc-42 entered the undesired final state FAILED section_end:1700000000:run_script\n", "UndesiredFinalState: Job abc-42 entered the undesired final state FAILED" },
        { "docker-daemon", "$ docker pull x\nError response from daemon: pull access denied for registry/x section_end:1700000000:pull\n", "pull access denied for registry/x" },
        { "mv-missing", "mv: cannot move 'build/out' to 'public/out': No such file or directory\n", "mv: cannot move 'build/out' to 'public/out': No such file or directory" },
        { "pyjulia", "JULIA: MethodError: no method matching f(::Int64)\n  Stacktrace:\n", "MethodError: no method matching f(::Int64)" },
        { "pytest-E", "    def test_sum():\n>       assert total() == 3\nE       assert 2 == 3\nE        +  where 2 = total()\n\ntests/test_sum.py:4: AssertionError\n", "E       assert 2 == 3\nE        +  where 2 = total()\n" },
        { "command-failed", "Building\nCommand \"make test\" failed with exit status 2\n", "Command \"make test\" failed with exit status 2" },
        { "julia-generic", "Testing Foo\nERROR: LoadError: Some tests did not pass: 1 passed, 1 failed, 0 errored, 0 broken.\nStacktrace:\n [1] top-level scope", "Some tests did not pass: 1 passed, 1 failed, 0 errored, 0 broken." },
    };

    /// <summary>A Julia log whose dependency list the page compares against the night before.</summary>
    public static string WithDependencies(string foo, string bar) =>
        $"   Testing Foo\n{Esc}[32m{Esc}[1m      Status{Esc}[22m{Esc}[39m `/tmp/jl_x/Manifest.toml`\n  [7876af07] Foo {foo}\n  [a1b2c3d4] + Bar {bar}\n  [56ddb016] Logging\n   Testing Running tests...\n";
}
