namespace Hooks.Contracts.Events;

/// <summary>A job as listed in a pipeline event.</summary>
/// <param name="Id">The forge's id of the job.</param>
/// <param name="Name">The job's name.</param>
/// <param name="Stage">The stage the job belongs to, where the forge has stages.</param>
/// <param name="Status">The job's status in the forge's words, lower case.</param>
public sealed record PipelineJob(long Id, string Name, string? Stage, string Status);
