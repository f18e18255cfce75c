using System.Text.Json.Nodes;

namespace Hooks.Plugins.BuildControl.Signing;

/// <summary><c>POST sign-tasks/{id}/complete/</c> as albs-sign-node sends it (on failure only build_id, success and error_message).</summary>
public sealed record SignCompleteRequest(int? BuildId, bool Success, string? ErrorMessage, string? LogHref, List<SignedPackage>? Packages, JsonObject? Stats);
