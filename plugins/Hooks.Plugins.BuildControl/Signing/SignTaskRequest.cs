namespace Hooks.Plugins.BuildControl.Signing;

/// <summary><c>POST sign-tasks/</c>: sign a build with a key.</summary>
public sealed record SignTaskRequest(int? BuildId, int? SignKeyId);
