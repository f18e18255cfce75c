using Hooks.Gateway.Ops;
using Hooks.Gateway.Sources;
using Hooks.Gateway.Verification;

namespace Hooks.Gateway.Receiving;

/// <summary>A refused delivery: counted in the metrics and in the source's activity by reason, answered with what is wrong.</summary>
public readonly struct Refusals(GatewayMetrics metrics, SourceActivity activity)
{
    public IResult Refuse(Source source, string? eventName, int status, string reason, string message)
    {
        metrics.Received(source.Name, eventName ?? "", $"rejected_{status}");
        activity.Refused(source.Name, reason, message);
        return Answers.Error(status, message);
    }

    public static string Reason(VerificationOutcome outcome) => outcome switch
    {
        VerificationOutcome.NoSecretConfigured => "no secret configured",
        VerificationOutcome.MissingSignature => "missing signature",
        VerificationOutcome.InvalidSignature => "wrong signature",
        VerificationOutcome.TimestampOutOfRange => "stale timestamp",
        _ => outcome.ToString(),
    };
}
