namespace Hooks.Gateway.Verification;

/// <summary>Whether a delivery proved where it came from, and if not, a message that says why (never the secret).</summary>
public readonly record struct VerificationResult(VerificationOutcome Outcome, string Message)
{
    public bool Accepted => Outcome is VerificationOutcome.Verified or VerificationOutcome.AcceptedUnsigned;

    public static VerificationResult Verified { get; } = new(VerificationOutcome.Verified, "verified");

    public static VerificationResult Missing(string header) =>
        new(VerificationOutcome.MissingSignature, $"missing {header} header");

    public static VerificationResult Invalid(string header) =>
        new(VerificationOutcome.InvalidSignature, $"{header} does not match the configured secret");
}
