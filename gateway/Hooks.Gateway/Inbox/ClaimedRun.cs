namespace Hooks.Gateway.Inbox;

/// <summary>A delivery taken for one plugin by a run, and which attempt of the pair this run is (1 for the first).</summary>
public sealed record ClaimedRun(Delivery Delivery, int Attempt);
