using Hooks.Contracts.Platform;

namespace Hooks.Gateway.Processes;

/// <summary>
/// The environment a process starts with: a small base taken from the gateway's (so connection strings and webhook
/// secrets in the gateway's environment never reach a build), the request's variables on top.
/// </summary>
internal static class ProcessEnvironment
{
    private static readonly string[] Inherited = ["PATH", "HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "TZ", "TMPDIR", "TERM"];

    private const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    public static void Apply(ProcessRequest request, IDictionary<string, string?> environment)
    {
        if (!request.InheritEnvironment)
        {
            var kept = Inherited.ToDictionary(name => name, System.Environment.GetEnvironmentVariable);
            environment.Clear();
            foreach (var (name, value) in kept.Where(pair => pair.Value is not null))
            {
                environment[name] = value;
            }

            environment["PATH"] = kept["PATH"] ?? DefaultPath;
        }

        foreach (var (name, value) in request.Environment)
        {
            if (value is null)
            {
                environment.Remove(name);
            }
            else
            {
                environment[name] = value;
            }
        }
    }
}
