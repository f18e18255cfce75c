namespace Hooks.Gateway.Verification;

public enum VerificationOutcome
{
    Verified,
    AcceptedUnsigned,
    NoSecretConfigured,
    MissingSignature,
    InvalidSignature,
    TimestampOutOfRange,
}
