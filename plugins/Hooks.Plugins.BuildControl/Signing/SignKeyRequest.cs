namespace Hooks.Plugins.BuildControl.Signing;

/// <summary><c>POST sign-keys/new/</c> (all but the description, url and platforms required) and <c>PUT sign-keys/{id}/</c> (what changes).</summary>
public sealed record SignKeyRequest(
    string? Name,
    string? Description,
    string? Keyid,
    string? Fingerprint,
    string? PublicUrl,
    bool? Active,
    List<string>? Platforms);
