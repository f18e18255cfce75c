namespace Hooks.Plugins.BuildControl.Signing;

/// <summary>An RPM handed to a sign node: the artifact's id, its build task's arch (<c>src</c> for sources) and where to download it.</summary>
public sealed record SignPackage(int Id, string Name, string Arch, string Type, string? CasHash, string DownloadUrl);
