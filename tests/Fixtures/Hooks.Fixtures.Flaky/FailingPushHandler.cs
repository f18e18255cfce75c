using Hooks.Contracts.Events;
using MediatR;

namespace Hooks.Fixtures.Flaky;

/// <summary>Appends "attempt" or "success" with the delivery id per call; throws until enough attempts were made.</summary>
public sealed class FailingPushHandler(FlakySettings settings) : INotificationHandler<Push>
{
    private static readonly Lock FileLock = new();

    public Task Handle(Push notification, CancellationToken cancellationToken)
    {
        lock (FileLock)
        {
            int attempts = File.Exists(settings.AttemptsFile)
                ? File.ReadLines(settings.AttemptsFile).Count(line => line.StartsWith(notification.DeliveryId, StringComparison.Ordinal))
                : 0;
            bool succeed = attempts >= settings.FailuresBeforeSuccess;
            File.AppendAllLines(settings.AttemptsFile, [$"{notification.DeliveryId} {(succeed ? "success" : "attempt")}"]);
            return succeed ? Task.CompletedTask : throw new InvalidOperationException($"flaky failure {attempts + 1} of {settings.FailuresBeforeSuccess}");
        }
    }
}
