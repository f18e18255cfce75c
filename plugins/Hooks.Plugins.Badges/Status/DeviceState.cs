namespace Hooks.Plugins.Badges.Status;

/// <summary>A device as computed from the project's labels and open issues.</summary>
/// <param name="Label">The whole label name (<c>D:Microscope</c>).</param>
/// <param name="Name">The device's name: the label without its prefix.</param>
/// <param name="Colour">The label's colour (<c>#rrggbb</c>), which groups devices.</param>
/// <param name="Status">The most severe status among its open issues.</param>
/// <param name="Issues">The open issues behind the status (iids), logbook issues left out.</param>
/// <param name="ProblemSince">When the oldest issue of the winning severity was opened; null when RUNNING.</param>
public sealed record DeviceState(string Label, string Name, string Colour, DeviceStatus Status, IReadOnlyList<long> Issues, DateTimeOffset? ProblemSince);
