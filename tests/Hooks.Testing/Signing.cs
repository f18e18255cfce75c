namespace Hooks.Testing;

/// <summary>How a test delivery is signed.</summary>
public enum Signing
{
    Correct,
    Wrong,
    None,
}
