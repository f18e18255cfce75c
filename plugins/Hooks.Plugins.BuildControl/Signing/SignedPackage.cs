namespace Hooks.Plugins.BuildControl.Signing;

/// <summary>A package as the sign node reports it signed: where it uploaded it and the fingerprint it signed with.</summary>
public sealed record SignedPackage(int Id, string? Name, string? Arch, string? Type, string? Href, string? Fingerprint, string? Sha256, string? CasHash);
