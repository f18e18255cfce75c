namespace Hooks.Plugins.BuildControl.Signing;

/// <summary>What <c>get_sign_task</c> answers when there is work, as albs-sign-node reads it.</summary>
public sealed record SignTaskPayload(int Id, int BuildId, string Keyid, bool SignFiles, IReadOnlyList<SignPackage> Packages);
