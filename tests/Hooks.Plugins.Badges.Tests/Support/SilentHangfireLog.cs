using Hangfire.Logging;

namespace Hooks.Plugins.Badges.Tests.Support;

/// <summary>
/// Hangfire logs through a process-wide provider, which a gateway host sets to its own logger factory and leaves behind,
/// disposed, when it stops. Storage made outside a host uses this one instead.
/// </summary>
public sealed class SilentHangfireLog : ILogProvider, ILog
{
    public static void Use() => LogProvider.SetCurrentLogProvider(new SilentHangfireLog());

    public ILog GetLogger(string name) => this;

    public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
}
