namespace Hooks.Contracts.Events;

/// <summary>The runner (agent) a CI job ran on, where the forge says.</summary>
/// <param name="Id">The forge's id of the runner, where given.</param>
/// <param name="Description">The runner's description or name.</param>
public sealed record CiRunner(long? Id, string? Description);
