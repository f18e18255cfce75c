namespace Hooks.Gateway.Auth;

/// <summary>Says at start where the generated admin token is (never the token itself).</summary>
public sealed partial class AdminTokenNotice(string path, ILogger<AdminTokenNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.Generated(logger, path);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "No Hooks:AdminToken is configured: the admin token for the pages, /api and /hangfire is in {Path} (use it as the password, any user name)")]
        public static partial void Generated(ILogger logger, string path);
    }
}
