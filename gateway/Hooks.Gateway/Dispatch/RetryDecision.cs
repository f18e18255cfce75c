namespace Hooks.Gateway.Dispatch;

/// <summary>What comes after a failed attempt: nothing (<see cref="Final"/>), or another attempt <see cref="RetryIn"/> from now.</summary>
public readonly record struct RetryDecision(bool Final, TimeSpan RetryIn);
